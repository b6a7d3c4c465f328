using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using MuscleSpasmInfo.Content.Categories;
using MuscleSpasmInfo.Web.Routing;
using MuscleSpasmInfo.Web.Serving;

namespace MuscleSpasmInfo.Web.Pages.Categories;

public sealed class IndexModel(RequestSnapshot snapshot, IOptions<SiteOptions> site) : SitePageModel(snapshot, site)
{
    public IReadOnlyList<(Category Category, int Count)> Categories { get; private set; } = [];

    /// <summary>How the list is sorted, chosen by the reader: one of <see cref="ListSort"/>.</summary>
    public string Sort { get; private set; } = ListSort.ByName;

    public void OnGet([FromQuery(Name = SiteRoutes.SortKey)] string? sort)
    {
        Title = T["NavCategories"];
        Description = T["CategoriesDescription"];
        CanonicalPath = PathOf(SiteRoutes.Categories);
        Sort = ListSort.Parse(sort);
        var counted = Snapshot.CategoriesIn(Language).Select(c => (c, Snapshot.ArticlesIn(c).Count));
        Categories = Sort == ListSort.ByCount
            ? [.. counted.OrderByDescending(c => c.Count).ThenBy(c => c.c.Name, StringComparer.OrdinalIgnoreCase)]
            : [.. counted.OrderBy(c => c.c.Name, StringComparer.OrdinalIgnoreCase)];
    }
}
