using MuscleSpasmInfo.Content.Catalog;

namespace MuscleSpasmInfo.Web.Endpoints;

/// <summary>One public page of the site, with the date a crawler should see as its last change, if it has one.</summary>
public sealed record PublicPage(string Path, DateOnly? LastModified);

/// <summary>Every public page of a snapshot: what the sitemap lists and the export writes, from one list.</summary>
public static class PublicPages
{
    private static readonly string[] FixedPages = ["/", "/categories", "/tags", "/a-z", "/about", "/privacy", "/advertising"];

    /// <summary>The fixed pages, then each article, category and tag.</summary>
    public static IEnumerable<PublicPage> Of(ContentSnapshot snapshot) =>
        FixedPages.Select(p => new PublicPage(p, null))
            .Concat(snapshot.Articles.Select(a => new PublicPage(a.Url, a.Meta.Updated ?? a.Meta.LastReviewed ?? a.Meta.Date)))
            .Concat(snapshot.Categories.Select(c => new PublicPage(c.Url, null)))
            .Concat(snapshot.Tags.OrderBy(t => t.Slug, StringComparer.Ordinal).Select(t => new PublicPage(t.Url, null)));
}
