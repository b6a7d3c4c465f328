using MuscleSpasmInfo.Content.Routing;

namespace MuscleSpasmInfo.Content.Catalog;

/// <summary>A tag used by at least one article of one language, with its articles newest first.</summary>
public sealed record Tag(string Slug, string Name, IReadOnlyList<Article> Articles, Languages.SiteLanguage? Language = null)
{
    public string Url => (Language?.PathPrefix ?? string.Empty) + ContentRoutes.Tag.PathOf(Slug);
}
