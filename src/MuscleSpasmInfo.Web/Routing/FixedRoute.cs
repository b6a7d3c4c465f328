using System.Text;

namespace MuscleSpasmInfo.Web.Routing;

/// <summary>A route of one URL: the home page, the A to Z, the sitemap.</summary>
public sealed record FixedRoute : SiteRoute
{
    public FixedRoute(string path, RouteKind kind, string? page = null)
        : base(path, kind, page)
    {
        Path = path;
    }

    /// <summary>The URL, as links write it.</summary>
    public string Path { get; }

    /// <summary>The URL in <paramref name="language"/>: the route's own in the default language or when it is not localised, <c>/es/a-z</c> otherwise.</summary>
    public string PathIn(Content.Languages.SiteLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return Localised ? language.PathOf(Path) : Path;
    }

    /// <summary>Whether the sitemap and the export list it.</summary>
    public RouteListing Listing { get; init; } = RouteListing.Unlisted;

    /// <summary>Whether robots may crawl it; robots.txt disallows the routes that may not.</summary>
    public bool Crawlable { get; init; } = true;

    /// <summary>The URL with a query of declared keys, values escaped: <c>/search?q=leg%20cramps&amp;page=2</c>.</summary>
    public string With(params ReadOnlySpan<(string Key, string Value)> query) => With(null, query);

    /// <summary>The URL in <paramref name="language"/> (null: the default) with a query of declared keys.</summary>
    public string With(Content.Languages.SiteLanguage? language, params ReadOnlySpan<(string Key, string Value)> query)
    {
        var path = language is null ? Path : PathIn(language);
        var url = new StringBuilder(path);
        foreach (var (key, value) in query)
        {
            if (!QueryKeys.Contains(key))
            {
                throw new ArgumentException($"{Path} declares no query key '{key}'", nameof(query));
            }

            url.Append(url.Length == path.Length ? '?' : '&').Append(key).Append('=').Append(Uri.EscapeDataString(value));
        }

        return url.ToString();
    }

    // Routing ignores case and a trailing slash; so does this.
    public override bool Matches(string path) =>
        string.Equals(path, Path, StringComparison.OrdinalIgnoreCase) ||
        (path.Length == Path.Length + 1 && path[^1] == '/' && path.StartsWith(Path, StringComparison.OrdinalIgnoreCase));
}
