using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using MuscleSpasmInfo.Content.Catalog;
using MuscleSpasmInfo.Web.Routing;
using MuscleSpasmInfo.Web.Serving;

namespace MuscleSpasmInfo.Web.Pages.Tags;

public sealed class IndexModel(RequestSnapshot snapshot, IOptions<SiteOptions> site) : SitePageModel(snapshot, site)
{
    public IReadOnlyList<Tag> Tags { get; private set; } = [];

    /// <summary>How the list is sorted, chosen by the reader: one of <see cref="ListSort"/>.</summary>
    public string Sort { get; private set; } = ListSort.ByName;

    public void OnGet([FromQuery(Name = SiteRoutes.SortKey)] string? sort)
    {
        Title = "Tags";
        Description = "Every tag used on the site's articles.";
        CanonicalPath = SiteRoutes.Tags.Path;
        Sort = ListSort.Parse(sort);
        Tags = Sort == ListSort.ByCount
            ? [.. Snapshot.Tags.OrderByDescending(t => t.Articles.Count).ThenBy(t => t.Name, StringComparer.OrdinalIgnoreCase)]
            : [.. Snapshot.Tags.OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase)];
    }
}
