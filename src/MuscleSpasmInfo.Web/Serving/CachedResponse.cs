using System.Globalization;

namespace MuscleSpasmInfo.Web.Serving;

/// <summary>
/// One rendered response with its strong validator. The gzip and Brotli forms are made on the first request that
/// accepts each, then kept: compressed once per snapshot, and never for clients (such as the export) that want none.
/// </summary>
public sealed record CachedResponse(
    string ContentType,
    string ETag,
    DateTimeOffset LastModified,
    byte[] Identity,
    Lazy<byte[]>? Gzip,
    Lazy<byte[]>? Brotli,
    bool Immutable)
{
    /// <summary>Last-Modified as the header writes it, formatted once rather than per request.</summary>
    public string LastModifiedText { get; } = LastModified.ToString("R", CultureInfo.InvariantCulture);
}
