using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using MuscleSpasmInfo.Content.Catalog;
using MuscleSpasmInfo.Content.Categories;
using MuscleSpasmInfo.Web.Serving;

namespace MuscleSpasmInfo.Web.Pages.Categories;

public sealed class ShowModel(RequestSnapshot snapshot, IOptions<SiteOptions> site) : SitePageModel(snapshot, site)
{
    public Category Category { get; private set; } = null!;

    public IReadOnlyList<Article> Articles { get; private set; } = [];

    public IActionResult OnGet(string slug)
    {
        if (Snapshot.FindCategory(slug, Language) is not { } category)
        {
            return NotFound();
        }

        Category = category;
        Articles = Snapshot.ArticlesIn(category);
        Title = category.Name;
        Description = category.Description;
        CanonicalPath = category.Url;
        Alternates = Endpoints.PageAlternates.OfCategory(Snapshot, slug);
        return Page();
    }
}
