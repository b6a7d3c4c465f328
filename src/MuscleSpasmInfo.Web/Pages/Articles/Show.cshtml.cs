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

    public Guide? Guide { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (Snapshot.FindArticle(slug) is not { } article)
        {
            return NotFound();
        }

        Article = article;
        Category = Snapshot.CategoryOf(article);
        MoreInCategory = Snapshot.MoreInCategory(article);
        Related = await RequestSnapshot.RelatedToAsync(article, cancellationToken).ConfigureAwait(false);
        Guide = Snapshot.GuideOf(article);
        Title = article.Title;
        Description = article.Meta.Summary;
        CanonicalPath = article.Url;
        return Page();
    }
}
