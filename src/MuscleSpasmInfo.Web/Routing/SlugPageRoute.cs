using MuscleSpasmInfo.Content.Routing;

namespace MuscleSpasmInfo.Web.Routing;

/// <summary>A page per slug, on a pattern the engine declares (articles, categories, tags).</summary>
public sealed record SlugPageRoute : SiteRoute
{
    public SlugPageRoute(SlugRoute content, string page)
        : base(content.Template, RouteKind.Page, page)
    {
        Content = content;
    }

    /// <summary>The engine's pattern, which builds the URLs of articles, categories and tags.</summary>
    public SlugRoute Content { get; }

    /// <summary>The URL of the page of <paramref name="slug"/>.</summary>
    public string PathOf(string slug) => Content.PathOf(slug);

    /// <summary>The URL of the page of <paramref name="slug"/> in <paramref name="language"/>.</summary>
    public string PathOf(string slug, MuscleSpasmInfo.Content.Languages.SiteLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return language.PathOf(Content.PathOf(slug));
    }

    // One non-empty segment after the prefix, a trailing slash allowed; case ignored, as routing does.
    public override bool Matches(string path)
    {
        if (!path.StartsWith(Content.Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var slug = path[Content.Prefix.Length..];
        slug = slug.EndsWith('/') ? slug[..^1] : slug;
        return slug.Length > 0 && !slug.Contains('/', StringComparison.Ordinal);
    }
}
