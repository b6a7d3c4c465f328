using Microsoft.Extensions.Options;
using MuscleSpasmInfo.Web.Serving;

namespace MuscleSpasmInfo.Web.Pages;

/// <summary>The page of every 404, asked for directly (the export's 404.html) or re-executed by the status code pages.</summary>
public sealed class NotFoundModel(RequestSnapshot snapshot, IOptions<SiteOptions> site) : SitePageModel(snapshot, site)
{
    public void OnGet()
    {
        Title = T["NotFoundTitle"];
        Response.StatusCode = StatusCodes.Status404NotFound;
    }
}
