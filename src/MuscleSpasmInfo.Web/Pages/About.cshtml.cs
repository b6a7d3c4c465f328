using Microsoft.Extensions.Options;
using MuscleSpasmInfo.Web.Routing;
using MuscleSpasmInfo.Web.Serving;

namespace MuscleSpasmInfo.Web.Pages;

public sealed class AboutModel(RequestSnapshot snapshot, IOptions<SiteOptions> site) : SitePageModel(snapshot, site)
{
    public void OnGet()
    {
        Title = "About us";
        Description = "Who publishes this site and how its content is written and reviewed.";
        CanonicalPath = SiteRoutes.About.Path;
    }
}
