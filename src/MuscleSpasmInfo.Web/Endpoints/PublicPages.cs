using MuscleSpasmInfo.Content.Catalog;
using MuscleSpasmInfo.Web.Routing;

namespace MuscleSpasmInfo.Web.Endpoints;

/// <summary>
/// One public page of the site, with the date a crawler should see as its last change, if it has one, and the same page
/// in each language it exists in (itself included).
/// </summary>
public sealed record PublicPage(string Path, DateOnly? LastModified, IReadOnlyList<Alternate> Alternates);

/// <summary>Every public page of a snapshot: what the sitemap lists and the export writes, from one list.</summary>
public static class PublicPages
{
    /// <summary>The fixed pages the route table lists (in each language when localised), then each article, category and tag.</summary>
    public static IEnumerable<PublicPage> Of(ContentSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var languages = snapshot.Languages;
        return SiteRoutes.Listed(RouteListing.Sitemap)
            .SelectMany(r => PageAlternates.OfRoute(languages, r).Select(a => new PublicPage(a.Path, null, PageAlternates.OfRoute(languages, r))))
            .Concat(snapshot.Articles.Select(a => new PublicPage(a.Url, a.LastModified, PageAlternates.Of(snapshot, a))))
            .Concat(languages.All.SelectMany(l => snapshot.CategoriesIn(l)).Select(c => new PublicPage(c.Url, null, PageAlternates.OfCategory(snapshot, c.Slug))))
            .Concat(snapshot.Tags.OrderBy(t => t.Url, StringComparer.Ordinal).Select(t => new PublicPage(t.Url, null, [new Alternate(t.Language ?? languages.Default, t.Url)])));
    }

    /// <summary>Every URL the export writes: the sitemap's pages, then the files machines read (in each language when localised).</summary>
    public static IEnumerable<string> ExportedPaths(ContentSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return Of(snapshot).Select(p => p.Path)
            .Concat(SiteRoutes.Listed(RouteListing.ExportFile).SelectMany(r => PageAlternates.OfRoute(snapshot.Languages, r)).Select(a => a.Path));
    }
}
