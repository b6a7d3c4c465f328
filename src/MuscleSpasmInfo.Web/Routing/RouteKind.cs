namespace MuscleSpasmInfo.Web.Routing;

/// <summary>What answers a route.</summary>
public enum RouteKind
{
    /// <summary>A Razor page, given the route's template by <see cref="SiteRouteConventions"/>.</summary>
    Page,

    /// <summary>An endpoint mapped in code (<c>MapGet</c>, health checks) at the route's path.</summary>
    Endpoint,

    /// <summary>Files served by middleware, never an endpoint.</summary>
    Files,
}
