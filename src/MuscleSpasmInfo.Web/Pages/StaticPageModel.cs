using Microsoft.Extensions.Options;
using MuscleSpasmInfo.Web.Serving;

namespace MuscleSpasmInfo.Web.Pages;

/// <summary>The model of pages whose text lives in the page itself (About, Privacy, errors).</summary>
public sealed class StaticPageModel(RequestSnapshot snapshot, IOptions<SiteOptions> site) : SitePageModel(snapshot, site)
{
    /// <summary>Sets what the layout shows in the head; called from the page before the layout renders.</summary>
    public void Describe(string title, string? description = null, string? canonicalPath = null)
    {
        Title = title;
        Description = description;
        CanonicalPath = canonicalPath;
    }
}
