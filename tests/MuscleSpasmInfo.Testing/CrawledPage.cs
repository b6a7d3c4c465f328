namespace MuscleSpasmInfo.Testing;

/// <summary>One page the <see cref="Crawler"/> fetched: its status, media type and the site paths it links to, in document order.</summary>
public sealed record CrawledPage(string Path, int Status, string? MediaType, IReadOnlyList<string> Links)
{
    /// <summary>True for a successful HTML page (not a redirect, an error page or a file).</summary>
    public bool IsHtmlPage => Status is >= 200 and < 300 && MediaType == "text/html";
}
