using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using MuscleSpasmInfo.Content.Catalog;
using MuscleSpasmInfo.Content.Categories;
using MuscleSpasmInfo.Web.Serving;

namespace MuscleSpasmInfo.Web.Pages.Articles;

public sealed class ShowModel(RequestSnapshot snapshot, IOptions<SiteOptions> site) : SitePageModel(snapshot, site)
{
    public Article Article { get; private set; } = null!;

    public Category? Category { get; private set; }

    public IReadOnlyList<Article> MoreInCategory { get; private set; } = [];

    public IReadOnlyList<Article> Related { get; private set; } = [];

    /// <summary>The article's place in its guide, if it is in one.</summary>
    public GuideNavigation? Guide { get; private set; }

    public IReadOnlyList<Tag> Tags { get; private set; } = [];

    /// <summary>The schema.org JSON-LD of the page, escaped so it cannot close its script element.</summary>
    public string StructuredData { get; private set; } = string.Empty;

    /// <summary>The caution callout; null on the disclaimer, whose own body carries it.</summary>
    public CautionText? Caution { get; private set; }

    /// <summary>For a translation, the default-language article it translates.</summary>
    public Article? Source { get; private set; }

    /// <summary>When the source was modified after the translation (<see cref="MuscleSpasmInfo.Content.Languages.TranslationStaleness"/>), that date.</summary>
    public DateOnly? SourceModified { get; private set; }

    /// <summary>The date "Updated" shows: the article's last modification when that is not its publication.</summary>
    public DateOnly? Updated { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (Snapshot.FindArticle(slug, Language) is not { } article)
        {
            return NotFound();
        }

        Article = article;
        Category = Snapshot.CategoryOf(article);
        MoreInCategory = Snapshot.MoreInCategory(article);
        Related = await RequestSnapshot.RelatedToAsync(article, cancellationToken).ConfigureAwait(false);
        Guide = Snapshot.GuideOf(article) is { } guide ? GuideNavigation.Of(guide, article) : null;
        Tags = [.. Snapshot.TagsOf(article)];
        Alternates = Endpoints.PageAlternates.Of(Snapshot, article);
        Source = Snapshot.SourceOf(article);
        SourceModified = Source is null ? null : MuscleSpasmInfo.Content.Languages.TranslationStaleness.MayBeOutOfDate(Source.Meta, article.Meta);
        StructuredData = Endpoints.StructuredData.For(article, Category, Site, T["NavHome"], PathOf(Routing.SiteRoutes.Home), Alternates);
        Caution = article.TranslationGroup == Site.DisclaimerSlug ? null : Editorial.Caution;
        Updated = article.LastModified == article.Meta.Date ? null : article.LastModified;
        Title = article.Title;
        Description = article.Meta.Summary;
        CanonicalPath = article.Url;
        return Page();
    }
}
