namespace MuscleSpasmInfo.Web.Serving;

/// <summary>HTTP caching settings, bound from the <c>Serving</c> configuration section.</summary>
public sealed class ServingOptions
{
    public const string Section = "Serving";

    /// <summary>How long browsers, proxies and CDNs may reuse a page without asking again.</summary>
    public int MaxAgeSeconds { get; set; } = 300;

    /// <summary>How long a cache may serve a stale page while it fetches a fresh one in the background.</summary>
    public int StaleWhileRevalidateSeconds { get; set; } = 86400;

    /// <summary>
    /// How long media (/media/...) may be reused without asking again; after that a 304 costs little (ETag). Not a year:
    /// media URLs are not fingerprinted, so an image an editor replaces under the same name reaches readers within this.
    /// </summary>
    public int MediaMaxAgeSeconds { get; set; } = 86400;

    /// <summary>The most responses kept per snapshot; past it, responses are served uncached rather than grow memory.</summary>
    public int MaxEntries { get; set; } = 100_000;
}
