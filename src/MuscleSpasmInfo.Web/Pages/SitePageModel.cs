using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using MuscleSpasmInfo.Content.Catalog;
using MuscleSpasmInfo.Web.Routing;
using MuscleSpasmInfo.Web.Serving;

namespace MuscleSpasmInfo.Web.Pages;

/// <summary>Base of every page: takes the live snapshot once, so one request reads one snapshot throughout.</summary>
public abstract class SitePageModel(RequestSnapshot snapshot, IOptions<SiteOptions> site) : PageModel
{
    public ContentSnapshot Snapshot { get; } = snapshot.Current;

    /// <summary>This request's snapshot and indexes.</summary>
    protected RequestSnapshot RequestSnapshot { get; } = snapshot;

    public SiteOptions Site { get; } = site.Value;

    /// <summary>The page's title as the browser tab shows it, before the site name.</summary>
    public string Title { get; protected set; } = string.Empty;

    /// <summary>The meta description of the page.</summary>
    public string? Description { get; protected set; }

    /// <summary>The page's own path, for its canonical URL; null for pages that should not be indexed.</summary>
    public string? CanonicalPath { get; protected set; }

    /// <summary>What the search box shows: the reader's query on a results page, otherwise nothing.</summary>
    public string? SearchTerms { get; protected set; }

    /// <summary>The title element: the page's title and the site's name, or the name alone.</summary>
    public string DocumentTitle => Title.Length > 0 ? $"{Title} - {Site.Name}" : Site.Name;

    /// <summary>The absolute canonical URL, which print also shows as the page's address.</summary>
    public string? CanonicalUrl => CanonicalPath is { } path ? Site.Absolute(path) : null;

    /// <summary>Whether the page asks robots not to index it: a route robots.txt disallows (search).</summary>
    public bool NoIndex => SiteRoutes.Find(Request.Path.Value ?? SiteRoutes.Home.Path) is FixedRoute { Crawlable: false };

    /// <summary>Where the medical disclaimer lives: the article <c>Site:DisclaimerSlug</c> names.</summary>
    public string DisclaimerPath => SiteRoutes.Article.PathOf(Site.DisclaimerSlug);
}
