using Microsoft.Extensions.Options;
using MuscleSpasmInfo.Web.Routing;
using MuscleSpasmInfo.Web.Serving;

namespace MuscleSpasmInfo.Web.Pages;

public sealed class PrivacyModel(RequestSnapshot snapshot, IOptions<SiteOptions> site) : SitePageModel(snapshot, site)
{
    public void OnGet()
    {
        Title = "Privacy";
        Description = "What this site records about visitors.";
        CanonicalPath = SiteRoutes.Privacy.Path;
    }
}
