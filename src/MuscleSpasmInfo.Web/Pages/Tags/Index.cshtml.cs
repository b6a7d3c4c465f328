using Microsoft.Extensions.Options;
using MuscleSpasmInfo.Content.Catalog;
using MuscleSpasmInfo.Web.Serving;

namespace MuscleSpasmInfo.Web.Pages.Tags;

public sealed class IndexModel(RequestSnapshot snapshot, IOptions<SiteOptions> site) : SitePageModel(snapshot, site)
{
    public IReadOnlyList<Tag> Tags { get; private set; } = [];

    /// <summary>"name" or "count": how the list is sorted, chosen by the reader.</summary>
    public string Sort { get; private set; } = "name";

    public void OnGet(string? sort)
    {
        Title = "Tags";
        Description = "Every tag used on the site's articles.";
        CanonicalPath = "/tags";
        Sort = sort == "count" ? "count" : "name";
        Tags = Sort == "count"
            ? [.. Snapshot.Tags.OrderByDescending(t => t.Articles.Count).ThenBy(t => t.Name, StringComparer.OrdinalIgnoreCase)]
            : [.. Snapshot.Tags.OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase)];
    }
}
