using Microsoft.Extensions.Options;
using MuscleSpasmInfo.Web.Routing;
using MuscleSpasmInfo.Web.Serving;

namespace MuscleSpasmInfo.Web.Pages;

public sealed class AdvertisingModel(RequestSnapshot snapshot, IOptions<SiteOptions> site) : SitePageModel(snapshot, site)
{
    public void OnGet()
    {
        Title = "Advertising and funding";
        Description = "This site carries no advertising.";
        CanonicalPath = SiteRoutes.Advertising.Path;
    }
}
