using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using MuscleSpasmInfo.Content.Catalog;
using MuscleSpasmInfo.Web.ContentHosting;

namespace MuscleSpasmInfo.Web.Pages.Tags;

public sealed class ShowModel(ContentStore store, IOptions<SiteOptions> site) : SitePageModel(store, site)
{
    public Tag Tag { get; private set; } = null!;

    public IActionResult OnGet(string slug)
    {
        if (Snapshot.FindTag(slug) is not { } tag)
        {
            return NotFound();
        }

        Tag = tag;
        Title = $"Articles tagged {tag.Name}";
        CanonicalPath = tag.Url;
        return Page();
    }
}
