using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using MuscleSpasmInfo.Content.Catalog;
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
}
