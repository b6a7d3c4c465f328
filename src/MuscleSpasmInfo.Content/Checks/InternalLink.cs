using System.Text.RegularExpressions;
using MuscleSpasmInfo.Content.Routing;

namespace MuscleSpasmInfo.Content.Checks;

/// <summary>A link inside the site, split into the article it points at (its key, if any) and its anchor.</summary>
public readonly partial record struct InternalLink(string Path, string? Key, string? Anchor)
{
    /// <summary>Reads a link written in Markdown; null for links off the site (with a scheme or '//').</summary>
    public static InternalLink? Parse(string url)
    {
        if (url.StartsWith("//", StringComparison.Ordinal) || SchemePattern().IsMatch(url))
        {
            return null;
        }

        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var anchor = hash >= 0 ? Uri.UnescapeDataString(url[(hash + 1)..]) : null;
        var path = hash >= 0 ? url[..hash] : url;
        var query = path.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0)
        {
            path = path[..query];
        }

        return new InternalLink(path, ContentRoutes.ArticleKeyOf(path), anchor);
    }

    /// <summary>Replaces each link to one of the articles <paramref name="keys"/> names by its text, so no page links to a missing article.</summary>
    public static string Unlink(string html, IReadOnlySet<string> keys) =>
        AnchorPattern().Replace(html, m => keys.Contains(m.Groups["lang"].Success ? m.Groups["lang"].Value + "/" + m.Groups["slug"].Value : m.Groups["slug"].Value) ? m.Groups["text"].Value : m.Value);

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9+.-]*:", RegexOptions.CultureInvariant)]
    private static partial Regex SchemePattern();

    [GeneratedRegex("<a href=\"(?:/(?<lang>[a-z]{2,3}(?:-[a-z0-9]{2,8})?))?" + ContentRoutes.ArticlePrefix + "(?<slug>[a-z0-9-]+)/?(?:#[^\"]*)?\"[^>]*>(?<text>.*?)</a>", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex AnchorPattern();
}
