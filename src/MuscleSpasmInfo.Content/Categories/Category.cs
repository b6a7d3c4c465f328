using MuscleSpasmInfo.Content.Routing;

namespace MuscleSpasmInfo.Content.Categories;

/// <summary>
/// A category from <c>categories.yml</c>, or its translation from <c>categories.{code}.yml</c>: the same slug in every
/// language, with the name and description in <paramref name="Language"/> (null: the default language).
/// </summary>
public sealed record Category(string Slug, string Name, string Description, Languages.SiteLanguage? Language = null)
{
    public string Url => (Language?.PathPrefix ?? string.Empty) + ContentRoutes.Category.PathOf(Slug);
}
