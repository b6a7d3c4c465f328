using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using MuscleSpasmInfo.Web.Routing;

namespace MuscleSpasmInfo.Web.Serving;

/// <summary>
/// Serves GET and HEAD from the page cache: each page is rendered and compressed once per snapshot, then answered from
/// memory with a strong ETag (304 on If-None-Match), Last-Modified and public Cache-Control. Which queries may be
/// cached is each route's to say (<see cref="SiteRoute.QueryKeys"/>): a query key the route does not declare, or a query
/// on a route that caches none (search), passes through uncached.
/// </summary>
public sealed class PageCacheMiddleware(RequestDelegate next, PageCache cache, IOptions<ServingOptions> options)
{
    private const int MaxCacheableQueryLength = 64;

    private readonly string _cacheControl =
        $"public, max-age={options.Value.MaxAgeSeconds}, stale-while-revalidate={options.Value.StaleWhileRevalidateSeconds}";

    public async Task InvokeAsync(HttpContext context, RequestSnapshot requestSnapshot)
    {
        var request = context.Request;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) || !IsCacheable(request))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var snapshot = requestSnapshot.Current;
        var key = request.Path.Value + request.QueryString.Value;
        var generation = cache.For(snapshot);
        var cached = generation?.Find(key);
        if (cached is null && HttpMethods.IsHead(request.Method))
        {
            // Some handlers (static files) write no body for HEAD; caching that would serve an empty body to every GET.
            await next(context).ConfigureAwait(false);
            return;
        }

        if (cached is null)
        {
            cached = await RenderAsync(context, snapshot.BuiltAt).ConfigureAwait(false);
            if (cached is null)
            {
                return; // not cacheable (an error, a redirect or a 404): already sent as rendered
            }

            if (generation is not null)
            {
                cache.Add(generation, key, cached);
            }
        }

        await WriteAsync(context, cached).ConfigureAwait(false);
    }

    private static bool IsCacheable(HttpRequest request)
    {
        if (!request.QueryString.HasValue)
        {
            return true;
        }

        return request.QueryString.Value!.Length <= MaxCacheableQueryLength && RouteOf(request).MayCache(request.Query.Keys);
    }

    private static SiteRoute RouteOf(HttpRequest request) => SiteRoutes.Find(request.Path.Value ?? "/") ?? SiteRoutes.Assets;

    /// <summary>Runs the rest of the pipeline into a buffer; returns the encoded response when it can be cached.</summary>
    private async Task<CachedResponse?> RenderAsync(HttpContext context, DateTimeOffset lastModified)
    {
        var response = context.Response;
        var original = response.Body;
        using var buffer = new MemoryStream();
        response.Body = buffer;
        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            response.Body = original;
        }

        var body = buffer.ToArray();
        // A response that asks not to be stored (health, which must say what is true now) passes through as rendered.
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.ContainsKey(HeaderNames.SetCookie) || response.ContentType is null ||
            response.Headers.CacheControl.ToString().Contains("no-store", StringComparison.OrdinalIgnoreCase))
        {
            // An empty error body is left unwritten so the status-code pages can still render their page.
            if (body.Length > 0)
            {
                await original.WriteAsync(body).ConfigureAwait(false);
            }

            return null;
        }

        // Only a wwwroot file's fingerprint promises that the bytes at this URL never change.
        var immutable = ReferenceEquals(RouteOf(context.Request), SiteRoutes.Assets) && context.Request.Query.ContainsKey(SiteRoutes.FingerprintKey);
        return ResponseEncoder.Encode(body, response.ContentType, lastModified, immutable);
    }

    private async Task WriteAsync(HttpContext context, CachedResponse cached)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        var headers = response.Headers;
        headers.ContentType = cached.ContentType;
        headers.ETag = cached.ETag;
        headers.LastModified = cached.LastModified.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        headers.CacheControl = cached.Immutable ? "public, max-age=31536000, immutable" : _cacheControl;
        headers.Vary = HeaderNames.AcceptEncoding;
        headers.Remove(HeaderNames.ContentEncoding);

        if (NotModified(context.Request, cached))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            response.ContentLength = null;
            return;
        }

        var body = cached.Identity;
        var accepts = StringWithQualityHeaderValue.TryParseList(context.Request.Headers.AcceptEncoding, out var parsed) ? parsed : [];
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

        response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(body).ConfigureAwait(false);
        }
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
