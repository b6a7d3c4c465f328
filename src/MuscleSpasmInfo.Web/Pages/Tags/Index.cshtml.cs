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
        Title = T["NavTags"];
        Description = T["TagsDescription"];
        CanonicalPath = PathOf(SiteRoutes.Tags);
        Sort = ListSort.Parse(sort);
        var tags = Snapshot.TagsIn(Language);
        Tags = Sort == ListSort.ByCount
            ? [.. tags.OrderByDescending(t => t.Articles.Count).ThenBy(t => t.Name, StringComparer.OrdinalIgnoreCase)]
            : [.. tags.OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase)];
    }
}
