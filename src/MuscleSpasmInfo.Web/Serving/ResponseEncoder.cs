using System.IO.Compression;
using System.Security.Cryptography;

namespace MuscleSpasmInfo.Web.Serving;

/// <summary>Turns rendered bytes into a <see cref="CachedResponse"/>: hashed for the ETag, ready to compress once with gzip and Brotli.</summary>
public static class ResponseEncoder
{
    // Below this, compression costs more than it saves (headers alone are bigger).
    private const int MinimumCompressibleLength = 256;

    public static CachedResponse Encode(byte[] body, string contentType, DateTimeOffset lastModified, bool immutable)
    {
        var etag = "\"" + Convert.ToBase64String(SHA256.HashData(body).AsSpan(0, 16)).TrimEnd('=').Replace('+', '-').Replace('/', '_') + "\"";
        Lazy<byte[]>? gzip = null;
        Lazy<byte[]>? brotli = null;
        if (body.Length >= MinimumCompressibleLength && IsCompressible(contentType))
        {
            gzip = new(() => Compress(body, s => new GZipStream(s, CompressionLevel.Optimal, leaveOpen: true)));
            brotli = new(() => Compress(body, s => new BrotliStream(s, CompressionLevel.Optimal, leaveOpen: true)));
        }

        return new CachedResponse(contentType, etag, lastModified, body, gzip, brotli, immutable);
    }

    private static bool IsCompressible(string contentType) =>
        contentType.StartsWith("text/", StringComparison.OrdinalIgnoreCase) ||
        contentType.Contains("xml", StringComparison.OrdinalIgnoreCase) ||
        contentType.Contains("json", StringComparison.OrdinalIgnoreCase) ||
        contentType.Contains("javascript", StringComparison.OrdinalIgnoreCase) ||
        contentType.StartsWith("image/svg", StringComparison.OrdinalIgnoreCase);

    private static byte[] Compress(byte[] body, Func<Stream, Stream> wrap)
    {
        using var output = new MemoryStream();
        using (var compressor = wrap(output))
        {
            compressor.Write(body);
        }

        return output.ToArray();
    }
}
