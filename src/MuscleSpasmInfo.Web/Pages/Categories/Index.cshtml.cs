using Microsoft.Extensions.Options;
using MuscleSpasmInfo.Content.Categories;
using MuscleSpasmInfo.Web.Serving;

namespace MuscleSpasmInfo.Web.Pages.Categories;

public sealed class IndexModel(RequestSnapshot snapshot, IOptions<SiteOptions> site) : SitePageModel(snapshot, site)
{
    public IReadOnlyList<(Category Category, int Count)> Categories { get; private set; } = [];

    /// <summary>"name" or "count": how the list is sorted, chosen by the reader.</summary>
    public string Sort { get; private set; } = "name";

    public void OnGet(string? sort)
    {
        Title = "Categories";
        Description = "Every category of articles on the site.";
        CanonicalPath = "/categories";
        Sort = sort == "count" ? "count" : "name";
        var counted = Snapshot.Categories.Select(c => (c, Snapshot.ArticlesIn(c).Count));
        Categories = Sort == "count"
            ? [.. counted.OrderByDescending(c => c.Count).ThenBy(c => c.c.Name, StringComparer.OrdinalIgnoreCase)]
            : [.. counted.OrderBy(c => c.c.Name, StringComparer.OrdinalIgnoreCase)];
    }
}
