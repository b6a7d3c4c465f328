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
        Description = Site.Home.Description;
        CanonicalPath = SiteRoutes.Home.Path;
        Guides = [.. Snapshot.Guides.OrderBy(g => g.Title, StringComparer.OrdinalIgnoreCase)];
        Latest = [.. Snapshot.Articles.Take(LatestCount)];
        Categories = [.. Snapshot.Categories.Select(c => (c, Snapshot.ArticlesIn(c).Count))];
    }
}
