using MuscleSpasmInfo.Content.Catalog;

namespace MuscleSpasmInfo.Web.Routing;

/// <summary>
/// Matches a route segment that is the code of a declared language other than the default (<c>es</c>), so localised
/// pages answer under each language's prefix and under no other.
/// </summary>
public sealed class LanguageRouteConstraint(ContentLoader loader) : IRouteConstraint
{
    /// <summary>The constraint's name in route templates.</summary>
    public const string Name = "sitelanguage";

    /// <summary>The route value that holds the language code.</summary>
    public const string RouteKey = "language";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values.TryGetValue(routeKey, out var value) && value is string code && loader.Languages.Find(code) is { IsDefault: false };
    }
}
