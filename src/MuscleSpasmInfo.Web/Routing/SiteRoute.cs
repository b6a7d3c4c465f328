using System.Collections.Frozen;

namespace MuscleSpasmInfo.Web.Routing;

/// <summary>One route of the site: its URL pattern, what answers it, and the query keys its response varies by.</summary>
public abstract record SiteRoute
{
    protected SiteRoute(string template, RouteKind kind, string? page)
    {
        if ((kind == RouteKind.Page) != (page is not null))
        {
            throw new ArgumentException($"route {template}: a page route names its page, and only a page route does", nameof(page));
        }

        Template = template;
        Kind = kind;
        Page = page;
    }

    /// <summary>The URL pattern as routing writes it: <c>/</c>, <c>/articles/{slug}</c>, <c>/media/{**path}</c>.</summary>
    public string Template { get; }

    /// <summary>What answers the route.</summary>
    public RouteKind Kind { get; }

    /// <summary>The Razor page that answers, by name (<c>/Articles/Show</c>); null unless <see cref="Kind"/> is a page.</summary>
    public string? Page { get; }

    /// <summary>
    /// The query keys the response varies by. Links may use only these; the page cache keeps no response to a request
    /// with any other key, since the site would answer it with the same page under a new cache entry.
    /// </summary>
    public IReadOnlySet<string> QueryKeys { get; init; } = FrozenSet<string>.Empty;

    /// <summary>
    /// Whether the route is also served in every other language under its prefix (<c>/es/articles/{slug}</c>); the
    /// default language keeps the route's own URLs.
    /// </summary>
    public bool Localised { get; init; }

    /// <summary>The pattern of the route under another language's prefix (<c>/{language:sitelanguage}/articles/{slug}</c>); null when not localised.</summary>
    public string? LocalisedTemplate =>
        Localised ? $"/{{{LanguageRouteConstraint.RouteKey}:{LanguageRouteConstraint.Name}}}" + (Template == "/" ? string.Empty : Template) : null;

    /// <summary>Whether responses to requests with a query are kept in the page cache: not where values are unbounded (search terms).</summary>
    public bool CachesQueries { get; init; } = true;

    /// <summary>
    /// Whether answering reads the content. False for the health checks: they must answer while the first load runs
    /// ("content is loading", 503), so nothing on their way down the pipeline waits for the first snapshot.
    /// </summary>
    public bool ReadsContent { get; init; } = true;

    /// <summary>True when <paramref name="path"/> (no query) is one of this route's URLs, as routing would match it.</summary>
    public abstract bool Matches(string path);

    /// <summary>Whether the page cache may keep the response to a request with these query keys.</summary>
    public bool MayCache(ICollection<string> queryKeys) => queryKeys.Count == 0 || (CachesQueries && queryKeys.All(QueryKeys.Contains));
}
