using MuscleSpasmInfo.Content.Catalog;
using MuscleSpasmInfo.Content.Languages;
using MuscleSpasmInfo.Web.Routing;

namespace MuscleSpasmInfo.Web.Endpoints;

/// <summary>The same page in one language: what <c>hreflang</c> links, the sitemap's alternates and the language switcher point at.</summary>
public sealed record Alternate(SiteLanguage Language, string Path);

/// <summary>
/// The one rule of which pages are the same page in other languages, read by the page head, the switcher and the
/// sitemap: an article and its translations; a category in each language that names it; a localised fixed page in every
/// language; anything else in its own language alone.
/// </summary>
public static class PageAlternates
{
    /// <summary>An article and each served translation of it, the default language first.</summary>
    public static IReadOnlyList<Alternate> Of(ContentSnapshot snapshot, Article article)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return [.. snapshot.TranslationsOf(article).Select(a => new Alternate(a.Language, a.Url))];
    }

    /// <summary>The category <paramref name="slug"/> in every language whose categories name it.</summary>
    public static IReadOnlyList<Alternate> OfCategory(ContentSnapshot snapshot, string slug)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return [.. snapshot.Languages.All.Select(l => snapshot.FindCategory(slug, l)).OfType<Content.Categories.Category>()
            .Select(c => new Alternate(c.Language ?? snapshot.Languages.Default, c.Url))];
    }

    /// <summary>A fixed page: in every language when its route is localised, else in the default language alone.</summary>
    public static IReadOnlyList<Alternate> OfRoute(LanguageTable languages, FixedRoute route)
    {
        ArgumentNullException.ThrowIfNull(languages);
        ArgumentNullException.ThrowIfNull(route);
        return route.Localised
            ? [.. languages.All.Select(l => new Alternate(l, route.PathIn(l)))]
            : [new Alternate(languages.Default, route.Path)];
    }

    /// <summary>The page <c>x-default</c> names: the default language's version, or the first there is.</summary>
    public static Alternate? XDefault(IReadOnlyList<Alternate> alternates)
    {
        ArgumentNullException.ThrowIfNull(alternates);
        return alternates.FirstOrDefault(a => a.Language.IsDefault) ?? (alternates.Count > 0 ? alternates[0] : null);
    }
}
