using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using MuscleSpasmInfo.Web.Routing;

namespace MuscleSpasmInfo.Web.Serving;

/// <summary>
/// What the page cache keeps a response under, and how a kept response is sent: strong ETag (304 on If-None-Match),
/// Last-Modified, public Cache-Control, the gzip or Brotli form when the client accepts it. One definition for both the
/// middleware that renders and keeps pages and the one that answers cached pages early.
/// </summary>
public sealed class CachedResponseWriter(IOptions<ServingOptions> options)
{
    private const int MaxCacheableQueryLength = 64;

    private readonly string _cacheControl =
        $"public, max-age={options.Value.MaxAgeSeconds}, stale-while-revalidate={options.Value.StaleWhileRevalidateSeconds}";

    /// <summary>
    /// The page cache key of a GET or HEAD request, or null when its response is never kept: another method, or a query
    /// the route does not declare (<see cref="SiteRoute.QueryKeys"/>), or a query on a route that caches none (search).
    /// </summary>
    public static string? KeyOf(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)))
        {
            return null;
        }

        var path = request.Path.Value ?? "/";
        if (!request.QueryString.HasValue)
        {
            return path;
        }

        var query = request.QueryString.Value!;
        return query.Length <= MaxCacheableQueryLength && RouteOf(request).MayCache(request.Query.Keys) ? path + query : null;
    }

    /// <summary>Whether a rendered response at this URL may be cached as immutable: only a wwwroot file's fingerprint promises that.</summary>
    public static bool IsImmutable(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ReferenceEquals(RouteOf(request), SiteRoutes.Assets) && request.Query.ContainsKey(SiteRoutes.FingerprintKey);
    }

    private static SiteRoute RouteOf(HttpRequest request) => SiteRoutes.Find(request.Path.Value ?? "/") ?? SiteRoutes.Assets;

    /// <summary>Sends <paramref name="cached"/> as the response: 200 with the body (none for HEAD), or 304.</summary>
    public Task WriteAsync(HttpContext context, CachedResponse cached)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(cached);
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        var headers = response.Headers;
        headers.ContentType = cached.ContentType;
        headers.ETag = cached.ETag;
        headers.LastModified = cached.LastModifiedText;
        headers.CacheControl = cached.Immutable ? "public, max-age=31536000, immutable" : _cacheControl;
        headers.Vary = HeaderNames.AcceptEncoding;
        headers.Remove(HeaderNames.ContentEncoding);

        if (NotModified(context.Request, cached))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            response.ContentLength = null;
            return Task.CompletedTask;
        }

        var body = cached.Identity;
        var acceptEncoding = context.Request.Headers.AcceptEncoding;
        if (acceptEncoding.Count > 0)
        {
            var accepts = StringWithQualityHeaderValue.TryParseList(acceptEncoding, out var parsed) ? parsed : [];
            if (cached.Brotli is not null && Accepts(accepts, "br"))
            {
                body = cached.Brotli.Value;
                headers.ContentEncoding = "br";
            }
            else if (cached.Gzip is not null && Accepts(accepts, "gzip"))
            {
                body = cached.Gzip.Value;
                headers.ContentEncoding = "gzip";
            }
        }

        response.ContentLength = body.Length;
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : response.Body.WriteAsync(body).AsTask();
    }

    private static bool NotModified(HttpRequest request, CachedResponse cached)
    {
        var ifNoneMatch = request.Headers.IfNoneMatch;
        if (ifNoneMatch.Count == 0)
        {
            return false;
        }

        foreach (var value in ifNoneMatch)
        {
            foreach (var tag in (value ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                // If-None-Match uses weak comparison, so a W/ prefix added by a proxy still matches.
                if (tag == "*" || tag == cached.ETag || (tag.StartsWith("W/", StringComparison.Ordinal) && tag[2..] == cached.ETag))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Accepts(IList<StringWithQualityHeaderValue> codings, string coding) =>
        codings.Any(c => c.Value.Equals(coding, StringComparison.OrdinalIgnoreCase) && (c.Quality ?? 1) > 0);
}
