using Microsoft.Extensions.Options;
using MuscleSpasmInfo.Content.Catalog;
using MuscleSpasmInfo.Web.Serving;

namespace MuscleSpasmInfo.Web.Pages;

public sealed class IndexModel(RequestSnapshot snapshot, IOptions<SiteOptions> site) : SitePageModel(snapshot, site)
{
    private const int LatestCount = 5;

    public IReadOnlyList<Guide> Guides { get; private set; } = [];

    public IReadOnlyList<Article> Latest { get; private set; } = [];

    public void OnGet()
    {
        Description = "Clear information on muscle spasms (cramps) and what can trigger them.";
        CanonicalPath = "/";
        Guides = [.. Snapshot.Guides.OrderBy(g => g.Title, StringComparer.OrdinalIgnoreCase)];
        Latest = [.. Snapshot.Articles.Take(LatestCount)];
    }
}
