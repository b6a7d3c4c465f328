namespace MuscleSpasmInfo.CorpusGenerator;

/// <summary>
/// The smallest Hugo site that serves the corpus like ours does: article pages with related articles (tags and
/// category), tag and category lists, and a home page, so that timing <c>hugo</c> on it is a fair comparison.
/// </summary>
internal static class HugoSite
{
    /// <summary>Where the articles go inside the Hugo site, so their URLs are /articles/slug/ as on our site.</summary>
    public const string ArticlesFolder = "content/articles";

    /// <summary>The files of the site other than its content, by path relative to the site folder.</summary>
    public static readonly IReadOnlyList<(string Path, string Text)> Files =
    [
        ("hugo.toml", """
            baseURL = "https://example.org/"
            languageCode = "en-gb"
            title = "MuscleSpasmInfo corpus"
            # RSS would add a feed per tag and category, which our site does not build; the sitemap stays.
            disableKinds = ["RSS"]

            [taxonomies]
              tag = "tags"
              category = "category"

            # Related content the way our RelatedContentIndex weighs it: shared tags first, then the same category.
            [related]
              includeNewer = true
              threshold = 20
              toLower = true
              [[related.indices]]
                name = "tags"
                weight = 100
              [[related.indices]]
                name = "category"
                weight = 50
              [[related.indices]]
                name = "date"
                weight = 10
            """),
        ("layouts/_default/baseof.html", """
            <!doctype html>
            <html lang="en-gb">
            <head><meta charset="utf-8"><title>{{ .Title }} | {{ .Site.Title }}</title></head>
            <body>
            <header><a href="/">{{ .Site.Title }}</a></header>
            <main>{{ block "main" . }}{{ end }}</main>
            </body>
            </html>
            """),
        ("layouts/_default/single.html", """
            {{ define "main" }}
            <article>
            <h1>{{ .Title }}</h1>
            {{ with .Params.summary }}<p class="summary">{{ . }}</p>{{ end }}
            {{ .Content }}
            </article>
            {{ with first 5 (.Site.RegularPages.Related .) }}
            <aside>
            <h2>Related</h2>
            <ul>{{ range . }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
            </aside>
            {{ end }}
            {{ end }}
            """),
        ("layouts/_default/list.html", """
            {{ define "main" }}
            <h1>{{ .Title }}</h1>
            <ul>{{ range .Pages.ByDate.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
            {{ end }}
            """),
        ("layouts/index.html", """
            {{ define "main" }}
            <h1>{{ .Site.Title }}</h1>
            <ul>{{ range first 20 .Site.RegularPages.ByDate.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
            {{ end }}
            """),
    ];
}
