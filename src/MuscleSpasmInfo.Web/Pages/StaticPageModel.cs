using Microsoft.Extensions.Options;
using MuscleSpasmInfo.Web.ContentHosting;

namespace MuscleSpasmInfo.Web.Pages;

/// <summary>The model of pages whose text lives in the page itself (About, Privacy, errors).</summary>
public sealed class StaticPageModel(ContentStore store, IOptions<SiteOptions> site) : SitePageModel(store, site)
{
    /// <summary>Sets what the layout shows in the head; called from the page before the layout renders.</summary>
    public void Describe(string title, string? description = null, string? canonicalPath = null)
    {
        Title = title;
        Description = description;
        CanonicalPath = canonicalPath;
    }
}
