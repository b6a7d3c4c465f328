namespace MuscleSpasmInfo.Web.ContentHosting;

/// <summary>Answers an article's old URLs (its <c>aliases</c>) with a permanent redirect to where it lives now.</summary>
public static class AliasRedirects
{
    public static IApplicationBuilder UseAliasRedirects(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if ((HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)) && Routing.SiteRoutes.ReadsContent(context.Request))
            {
                var snapshot = context.RequestServices.GetRequiredService<Serving.RequestSnapshot>().Current;
                if (context.Request.Path.Value is { Length: > 1 } path && snapshot.FindByAlias(path) is { } article)
                {
                    context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
                    context.Response.Headers.Location = article.Url;
                    return;
                }
            }

            await next(context).ConfigureAwait(false);
        });
}
