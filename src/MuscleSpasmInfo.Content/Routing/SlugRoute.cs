namespace MuscleSpasmInfo.Content.Routing;

/// <summary>A URL pattern of one slug under a fixed prefix, such as <c>/articles/{slug}</c>.</summary>
public sealed record SlugRoute
{
    /// <summary>A route of the pages under <paramref name="prefix"/>, which starts and ends with '/'.</summary>
    public SlugRoute(string prefix)
    {
        if (prefix.Length < 2 || prefix[0] != '/' || prefix[^1] != '/')
        {
            throw new ArgumentException($"a slug route's prefix starts and ends with '/': '{prefix}'", nameof(prefix));
        }

        Prefix = prefix;
    }

    /// <summary>The path before the slug, with both slashes: <c>/articles/</c>.</summary>
    public string Prefix { get; }

    /// <summary>The pattern as ASP.NET Core routing writes it: <c>/articles/{slug}</c>.</summary>
    public string Template => Prefix + "{slug}";

    /// <summary>The path of the page of <paramref name="slug"/>.</summary>
    public string PathOf(string slug) => Prefix + slug;

    /// <summary>
    /// What follows the prefix in <paramref name="path"/>, without a trailing slash; null when the path is not under it.
    /// It may be empty or hold more segments: a link check reports those as missing pages rather than skip them.
    /// </summary>
    public string? SlugOf(string path) =>
        path.StartsWith(Prefix, StringComparison.Ordinal) ? path[Prefix.Length..].TrimEnd('/') : null;
}
