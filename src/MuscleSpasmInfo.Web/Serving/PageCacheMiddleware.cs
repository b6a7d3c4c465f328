using Microsoft.Net.Http.Headers;

namespace MuscleSpasmInfo.Web.Serving;

/// <summary>
/// Renders and keeps GET responses in the page cache: each page is rendered and compressed once per snapshot, then
/// answered from memory (<see cref="CachedResponseWriter"/>). Most hits are answered earlier, by
/// <see cref="CachedPageMiddleware"/>; this one renders what is not cached yet, and answers a hit that arrived meanwhile.
/// </summary>
public sealed class PageCacheMiddleware(RequestDelegate next, PageCache cache, CachedResponseWriter writer)
{
    public async Task InvokeAsync(HttpContext context, RequestSnapshot requestSnapshot)
    {
        var request = context.Request;
        var key = CachedResponseWriter.KeyOf(request);
        if (key is null || !Routing.SiteRoutes.ReadsContent(request))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var snapshot = requestSnapshot.Current;
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

        await writer.WriteAsync(context, cached).ConfigureAwait(false);
    }

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

        return ResponseEncoder.Encode(body, response.ContentType, lastModified, CachedResponseWriter.IsImmutable(context.Request));
    }
}
