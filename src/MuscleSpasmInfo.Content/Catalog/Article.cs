using MuscleSpasmInfo.Content.FrontMatter;
using MuscleSpasmInfo.Content.Markdown;
using MuscleSpasmInfo.Content.Routing;

namespace MuscleSpasmInfo.Content.Catalog;

/// <summary>One article as the site serves it: front matter, rendered body and the measures derived from them.</summary>
public sealed record Article
{
    /// <summary>The URL segment under <c>/articles/</c> (or <c>/es/articles/</c>).</summary>
    public required string Slug { get; init; }

    /// <summary>What the build and the indexes know it by: its slug within its language (<see cref="Languages.SiteLanguage.KeyOf"/>).</summary>
    public required string Key { get; init; }

    /// <summary>The language it is written in.</summary>
    public required Languages.SiteLanguage Language { get; init; }

    /// <summary>For a translation, the key of the default-language article it translates; null for that article itself.</summary>
    public string? SourceKey { get; init; }

    /// <summary>The key of the article and its translations as one group: its source's, or its own.</summary>
    public string TranslationGroup => SourceKey ?? Key;

    /// <summary>The keys of the articles its editor pinned under Related Content (slugs of its own language).</summary>
    public IEnumerable<string> RelatedKeys => Meta.Related.Select(Language.KeyOf);

    /// <summary>The source file, relative to the content folder, with forward slashes.</summary>
    public required string SourcePath { get; init; }

    public required ArticleFrontMatter Meta { get; init; }

    public required RenderedMarkdown Body { get; init; }

    /// <summary>When the next medical review falls due: the front matter's date, or the last review plus the interval.</summary>
    public DateOnly? NextReview { get; init; }

    /// <summary>True when the page can say who reviewed it and when (<see cref="ReviewSchedule.IsReviewed"/>).</summary>
    public bool IsReviewed => ReviewSchedule.IsReviewed(Meta);

    /// <summary>Minutes to read the body, rounded up, at least one.</summary>
    public required int ReadingMinutes { get; init; }

    /// <summary>A hash of the source file's bytes, for ETags and change detection.</summary>
    public required string ContentHash { get; init; }

    /// <summary>The slug of each of <see cref="ArticleFrontMatter.Tags"/>, in the same order, made once per version.</summary>
    public required IReadOnlyList<string> TagSlugs { get; init; }

    public string Title => Meta.Title;

    public string Url => Language.PathOf(ContentRoutes.Article.PathOf(Slug));

    /// <summary>
    /// The latest of publication, update and review dates: what "last modified" means to a reader or a crawler. The one
    /// rule for it: the page, its JSON-LD, the sitemap and the feed all read this.
    /// </summary>
    public DateOnly? LastModified => LastModifiedOf(Meta);

    /// <summary>The rule of <see cref="LastModified"/> over front matter, for the build stages that have no article yet.</summary>
    public static DateOnly? LastModifiedOf(ArticleFrontMatter meta)
    {
        ArgumentNullException.ThrowIfNull(meta);
        return new[] { meta.Date, meta.Updated, meta.LastReviewed }.Max();
    }
}
