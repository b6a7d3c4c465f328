using MuscleSpasmInfo.Content.Catalog;
using MuscleSpasmInfo.Web.Routing;

namespace MuscleSpasmInfo.Web.Endpoints;

/// <summary>One public page of the site, with the date a crawler should see as its last change, if it has one.</summary>
public sealed record PublicPage(string Path, DateOnly? LastModified);

/// <summary>Every public page of a snapshot: what the sitemap lists and the export writes, from one list.</summary>
public static class PublicPages
{
    /// <summary>The fixed pages the route table lists, then each article, category and tag.</summary>
    public static IEnumerable<PublicPage> Of(ContentSnapshot snapshot) =>
        SiteRoutes.Listed(RouteListing.Sitemap).Select(r => new PublicPage(r.Path, null))
            .Concat(snapshot.Articles.Select(a => new PublicPage(a.Url, a.LastModified)))
            .Concat(snapshot.Categories.Select(c => new PublicPage(c.Url, null)))
            .Concat(snapshot.Tags.OrderBy(t => t.Slug, StringComparer.Ordinal).Select(t => new PublicPage(t.Url, null)));

    /// <summary>Every URL the export writes: the sitemap's pages, then the files machines read.</summary>
    public static IEnumerable<string> ExportedPaths(ContentSnapshot snapshot) =>
        Of(snapshot).Select(p => p.Path).Concat(SiteRoutes.Listed(RouteListing.ExportFile).Select(r => r.Path));
}
