using MuscleSpasmInfo.Content.Catalog;

namespace MuscleSpasmInfo.Web.Pages;

/// <summary>Where an article sits in its guide: the guide, the article, and the pages before and after it.</summary>
public sealed record GuideNavigation(Guide Guide, Article Current, Article? Previous, Article? Next)
{
    /// <summary>The navigation of <paramref name="article"/> in <paramref name="guide"/>.</summary>
    public static GuideNavigation Of(Guide guide, Article article) =>
        new(guide, article, guide.Previous(article), guide.Next(article));
}
