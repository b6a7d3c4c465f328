using MuscleSpasmInfo.Web.ContentHosting;
using MuscleSpasmInfo.Web.Endpoints;
using MuscleSpasmInfo.Web.Localisation;
using MuscleSpasmInfo.Web.Routing;
using MuscleSpasmInfo.Web.Security;
using MuscleSpasmInfo.Web.Serving;
using Serilog;

namespace MuscleSpasmInfo.Web;

/// <summary>The site's composition: services in <see cref="AddSite"/>, the request pipeline in <see cref="UseSite"/>.</summary>
public static class SiteExtensions
{
    public static WebApplicationBuilder AddSite(this WebApplicationBuilder builder, bool watchContent = true)
    {
        // Each host keeps its own logger (preserveStaticLogger), so several hosts in one process (tests) never write
        // through each other's; no static bootstrap logger either, for the same reason.
        builder.Services.AddSerilog(
            (services, logger) => logger
                .ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext(),
            preserveStaticLogger: true);
        builder.Services.AddOptions<SiteOptions>().BindConfiguration(SiteOptions.Section)
            .Validate(o => o.HasEditorialText, "Site:Caution, Site:FooterStatement and Site:Home need all their text (appsettings.json)")
            .ValidateOnStart();
        builder.AddSiteTimeZone();
        builder.AddContentEngine(watchContent);
        builder.Services.AddOptions<ServingOptions>().BindConfiguration(ServingOptions.Section);
        builder.Services.AddScoped<RequestSnapshot>();
        builder.Services.AddSingleton<PageCache>();
        builder.Services.AddSingleton<CachedResponseWriter>();
        builder.Services.AddInterfaceText();
        builder.Services.Configure<RouteOptions>(o => o.ConstraintMap[LanguageRouteConstraint.Name] = typeof(LanguageRouteConstraint));
        builder.Services.AddRazorPages(o => o.Conventions.AddSiteRoutes());
        builder.Services.AddHealthChecks().AddCheck<ContentHealthCheck>("content", tags: [ContentHealthCheck.Ready]);
        builder.Services.AddClientRateLimiting(builder.Configuration);
        builder.WebHost.ConfigureKestrel(o =>
        {
            o.AddServerHeader = false;
            // Stated rather than left to defaults: over-long URLs get 414, oversized headers 431.
            o.Limits.MaxRequestLineSize = 8 * 1024;
            o.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            o.Limits.MaxRequestBodySize = 1024;
        });
        return builder;
    }

    public static WebApplication UseSite(this WebApplication app)
    {
        // Behind a proxy on this machine (deploy/nginx.conf), the client address comes from X-Forwarded-For, so the rate
        // limit is per reader rather than one for everybody. Only loopback proxies are trusted (the default).
        app.UseForwardedHeaders(new ForwardedHeadersOptions
        {
            ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto,
        });
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseExceptionHandler(SiteRoutes.Error.Path);
        // The host's own logger (injected): with preserveStaticLogger the static Log.Logger is silent.
        app.UseMiddleware<Logging.RequestLogMiddleware>();
        app.UseReadOnlyMethods();
        app.UseRateLimiter();
        app.UseMiddleware<CachedPageMiddleware>(); // a cached page needs nothing below: answered here
        app.UseInterfaceLanguage(); // before the status-code pages, so a 404 under /es/ re-executes in Spanish
        app.UseStatusCodePagesWithReExecute(SiteRoutes.NotFound.Path);
        app.UseContentMedia(); // after the rate limiter and status-code pages (a missing file gets the site's 404), before the page cache
        app.UseMiddleware<PageCacheMiddleware>();
        app.UseStaticFiles();
        app.UseAliasRedirects();
        app.UseRouting();
        // Razor Pages registers authentication and authorization; named here, after routing, where endpoints need them,
        // rather than left for the host to put in front of every request, cached pages included. The site has no sign-in.
        app.UseAuthentication();
        app.UseAuthorization();
        // /healthz/live: the process answers (for a supervisor's restart); /healthz/ready and /healthz: content is served
        // (for a load balancer), saying whether the indexes have caught up.
        app.MapHealthChecks(SiteRoutes.Live.Path, HealthOptions(_ => false));
        app.MapHealthChecks(SiteRoutes.Ready.Path, HealthOptions(c => c.Tags.Contains(ContentHealthCheck.Ready)));
        app.MapHealthChecks(SiteRoutes.Health.Path, HealthOptions(c => c.Tags.Contains(ContentHealthCheck.Ready)));
        app.MapRazorPages();
        app.MapMachineEndpoints();
        return app;
    }

    private static Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions HealthOptions(Func<Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckRegistration, bool> predicate) => new()
    {
        Predicate = predicate,
        ResponseWriter = ContentHealthCheck.WriteResponse,
        ResultStatusCodes =
        {
            [Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy] = StatusCodes.Status200OK,
            [Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Degraded] = StatusCodes.Status200OK,
            [Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
        },
    };
}
