using System.Collections.Frozen;
using MuscleSpasmInfo.Content.Languages;
using MuscleSpasmInfo.Content.Routing;

namespace MuscleSpasmInfo.Web.Routing;

/// <summary>
/// The site's routes, declared once. Razor pages get their templates from here (<see cref="SiteRouteConventions"/>),
/// endpoints are mapped at these paths, links are written from these routes, the sitemap, the export and robots.txt
/// list what they say, and the page cache keeps only the query keys each route declares. The content's own patterns
/// (articles, categories, tags, media) come from the engine's <see cref="ContentRoutes"/>.
/// </summary>
public static class SiteRoutes
{
    /// <summary>How a list page is sorted (<see cref="Pages.ListSort"/>).</summary>
    public const string SortKey = "sort";

    /// <summary>What the reader searched for.</summary>
    public const string SearchTermsKey = "q";

    /// <summary>Which page of search results.</summary>
    public const string PageNumberKey = "page";

    /// <summary>The fingerprint asp-append-version adds to a wwwroot file's URL; a fingerprinted file never changes.</summary>
    public const string FingerprintKey = "v";

    public static readonly FixedRoute Home = new("/", RouteKind.Page, "/Index") { Listing = RouteListing.Sitemap, Localised = true };

    public static readonly SlugPageRoute Article = new(ContentRoutes.Article, "/Articles/Show") { Localised = true };

    // Each list sits at its items' prefix: /categories lists what /categories/{slug} shows.
    public static readonly FixedRoute Categories = new(ContentRoutes.Category.Prefix.TrimEnd('/'), RouteKind.Page, "/Categories/Index")
    {
        Listing = RouteListing.Sitemap,
        Localised = true,
        QueryKeys = Keys(SortKey),
    };

    public static readonly SlugPageRoute Category = new(ContentRoutes.Category, "/Categories/Show") { Localised = true };

    public static readonly FixedRoute Tags = new(ContentRoutes.Tag.Prefix.TrimEnd('/'), RouteKind.Page, "/Tags/Index")
    {
        Listing = RouteListing.Sitemap,
        Localised = true,
        QueryKeys = Keys(SortKey),
    };

    public static readonly SlugPageRoute Tag = new(ContentRoutes.Tag, "/Tags/Show") { Localised = true };

    public static readonly FixedRoute AToZ = new("/a-z", RouteKind.Page, "/AToZ") { Listing = RouteListing.Sitemap, Localised = true };

    // Search terms are unbounded, so results are never cached; and robots are kept out of them.
    public static readonly FixedRoute Search = new("/search", RouteKind.Page, "/Search")
    {
        QueryKeys = Keys(SearchTermsKey, PageNumberKey),
        CachesQueries = false,
        Crawlable = false,
        Localised = true,
    };

    public static readonly FixedRoute About = new("/about", RouteKind.Page, "/About") { Listing = RouteListing.Sitemap };

    public static readonly FixedRoute Privacy = new("/privacy", RouteKind.Page, "/Privacy") { Listing = RouteListing.Sitemap };

    public static readonly FixedRoute Advertising = new("/advertising", RouteKind.Page, "/Advertising") { Listing = RouteListing.Sitemap };

    /// <summary>The page every 404 shows (status code pages re-execute it); the export writes it as 404.html.</summary>
    public static readonly FixedRoute NotFound = new("/not-found", RouteKind.Page, "/NotFound") { Localised = true };

    /// <summary>The page an unhandled exception shows.</summary>
    public static readonly FixedRoute Error = new("/error", RouteKind.Page, "/Error");

    public static readonly FixedRoute Sitemap = new("/sitemap.xml", RouteKind.Endpoint) { Listing = RouteListing.ExportFile };

    public static readonly FixedRoute Feed = new("/feed.xml", RouteKind.Endpoint) { Listing = RouteListing.ExportFile, Localised = true };

    public static readonly FixedRoute Robots = new("/robots.txt", RouteKind.Endpoint) { Listing = RouteListing.ExportFile };

    /// <summary>Content is served (for a load balancer), saying whether the indexes have caught up; <see cref="Ready"/> says the same.</summary>
    public static readonly FixedRoute Health = new("/healthz", RouteKind.Endpoint) { ReadsContent = false };

    /// <summary>The process answers (for a supervisor's restart).</summary>
    public static readonly FixedRoute Live = new("/healthz/live", RouteKind.Endpoint) { ReadsContent = false };

    /// <summary>Content is served (for a load balancer).</summary>
    public static readonly FixedRoute Ready = new("/healthz/ready", RouteKind.Endpoint) { ReadsContent = false };

    /// <summary>The content folder's <c>media/</c>, where articles' images live.</summary>
    public static readonly PrefixRoute Media = new(ContentRoutes.MediaPrefix, RouteKind.Files);

    /// <summary>
    /// The files of wwwroot (the stylesheet, the icon), which Razor writes <c>~/...</c>: what any path no route
    /// matches is taken for. Not in <see cref="All"/>, since it matches no path of its own.
    /// </summary>
    public static readonly PrefixRoute Assets = new("/", RouteKind.Files) { QueryKeys = Keys(FingerprintKey) };

    /// <summary>Every route, each path matched by at most one of them.</summary>
    public static IReadOnlyList<SiteRoute> All { get; } =
    [
        Home, Article, Categories, Category, Tags, Tag, AToZ, Search, About, Privacy, Advertising, NotFound, Error,
        Sitemap, Feed, Robots, Health, Live, Ready, Media,
    ];

    /// <summary>Whether answering <paramref name="request"/> reads the content (<see cref="SiteRoute.ReadsContent"/>); true for a path no route declares.</summary>
    public static bool ReadsContent(HttpRequest request) => Find(request.Path.Value ?? "/")?.ReadsContent ?? true;

    /// <summary>
    /// The route <paramref name="path"/> belongs to; null when none does (a wwwroot file, or nothing). A path under a
    /// language's prefix (<c>/es/a-z</c>) belongs to the localised route of the rest.
    /// </summary>
    public static SiteRoute? Find(string path)
    {
        foreach (var route in All)
        {
            if (route.Matches(path))
            {
                return route;
            }
        }

        if (LanguagePath.Split(path) is ({ } code, var rest) && code.Length > 0)
        {
            foreach (var route in All)
            {
                if (route.Localised && route.Matches(rest))
                {
                    return route;
                }
            }
        }

        return null;
    }

    /// <summary>The fixed routes listed as <paramref name="listing"/>, in table order.</summary>
    public static IEnumerable<FixedRoute> Listed(RouteListing listing) =>
        All.OfType<FixedRoute>().Where(r => r.Listing == listing);

    private static FrozenSet<string> Keys(params string[] keys) => keys.ToFrozenSet(StringComparer.Ordinal);
}
