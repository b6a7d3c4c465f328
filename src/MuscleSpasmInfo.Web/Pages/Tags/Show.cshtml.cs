using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using MuscleSpasmInfo.Content.Catalog;
using MuscleSpasmInfo.Web.Serving;

namespace MuscleSpasmInfo.Web.Pages.Tags;

public sealed class ShowModel(RequestSnapshot snapshot, IOptions<SiteOptions> site) : SitePageModel(snapshot, site)
{
    public Tag Tag { get; private set; } = null!;

    public IActionResult OnGet(string slug)
    {
        if (Snapshot.FindTag(slug, Language) is not { } tag)
        {
            return NotFound();
        }

        Tag = tag;
        Title = T.Format("ArticlesTagged", tag.Name);
        CanonicalPath = tag.Url;
        return Page();
    }
}
