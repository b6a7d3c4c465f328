namespace MuscleSpasmInfo.Web.Serving;

/// <summary>One rendered response, kept in every encoding the site serves, with its strong validator.</summary>
public sealed record CachedResponse(
    string ContentType,
    string ETag,
    DateTimeOffset LastModified,
    byte[] Identity,
    byte[]? Gzip,
    byte[]? Brotli,
    bool Immutable);
