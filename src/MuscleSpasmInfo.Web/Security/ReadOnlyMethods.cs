namespace MuscleSpasmInfo.Web.Security;

/// <summary>The site only reads: any method but GET and HEAD gets 405 with an Allow header, before any page runs.</summary>
public static class ReadOnlyMethods
{
    public static IApplicationBuilder UseReadOnlyMethods(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var method = context.Request.Method;
            if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method))
            {
                await next(context).ConfigureAwait(false);
                return;
            }

            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers.Allow = "GET, HEAD";
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync("405 Method Not Allowed: this site only answers GET and HEAD.\n").ConfigureAwait(false);
        });
}
