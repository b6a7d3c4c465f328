using Microsoft.Extensions.Options;
using MuscleSpasmInfo.Content.Catalog;
using MuscleSpasmInfo.Content.Categories;
using MuscleSpasmInfo.Web.Routing;
using MuscleSpasmInfo.Web.Serving;

namespace MuscleSpasmInfo.Web.Pages;

public sealed class IndexModel(RequestSnapshot snapshot, IOptions<SiteOptions> site) : SitePageModel(snapshot, site)
{
    private const int LatestCount = 5;

    public IReadOnlyList<Guide> Guides { get; private set; } = [];

    public IReadOnlyList<Article> Latest { get; private set; } = [];

    /// <summary>Each category with its number of articles.</summary>
    public IReadOnlyList<(Category Category, int Count)> Categories { get; private set; } = [];

    public void OnGet()
    {
        Description = Editorial.Home.Description;
        CanonicalPath = PathOf(SiteRoutes.Home);
        Guides = [.. Snapshot.GuidesIn(Language).OrderBy(g => g.Title, StringComparer.OrdinalIgnoreCase)];
        Latest = [.. Snapshot.ArticlesIn(Language).Take(LatestCount)];
        Categories = [.. Snapshot.CategoriesIn(Language).Select(c => (c, Snapshot.ArticlesIn(c).Count))];
    }
}
