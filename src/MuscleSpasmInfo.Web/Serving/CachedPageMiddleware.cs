using MuscleSpasmInfo.Content.Media;
using MuscleSpasmInfo.Web.ContentHosting;

namespace MuscleSpasmInfo.Web.Serving;

/// <summary>
/// Answers a GET or HEAD whose response is already in the page cache, as early as the site's rules allow: after
/// forwarded headers, security headers, request logging, the method check and the rate limiter, and before status-code
/// pages, media, static files, routing and Razor Pages, which a cached page needs none of. It sends exactly what
/// <see cref="PageCacheMiddleware"/> sends for the same entry (the same <see cref="CachedResponseWriter"/>); anything
/// else (a miss, media) goes on down the pipeline. While the first load runs, a request that reads content waits for it
/// here, without holding a thread, and one that does not (the health checks) goes on at once.
/// </summary>
public sealed class CachedPageMiddleware(RequestDelegate next, PageCache cache, ContentStore store, CachedResponseWriter writer)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // No request scope here: the live snapshot is read from the store, and a hit needs no scoped service.
        var snapshot = store.Loaded;
        if (snapshot is null && Routing.SiteRoutes.ReadsContent(context.Request))
        {
            return AfterFirstLoadAsync(context);
        }

        if (snapshot is null || context.Request.Path.StartsWithSegments(MediaFolder.UrlPath, StringComparison.OrdinalIgnoreCase) ||
            CachedResponseWriter.KeyOf(context.Request) is not { } key ||
            cache.For(snapshot)?.Find(key) is not { } cached)
        {
            return next(context);
        }

        return writer.WriteAsync(context, cached);
    }

    private async Task AfterFirstLoadAsync(HttpContext context)
    {
        try
        {
            await store.CurrentAsync(context.RequestAborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The reader left before the content was there: no fault of the site's, and nobody to answer.
            context.Response.StatusCode = StatusCodes.Status499ClientClosedRequest;
            return;
        }

        await InvokeAsync(context).ConfigureAwait(false);
    }
}
