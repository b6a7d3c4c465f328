using MuscleSpasmInfo.Content.Routing;

namespace MuscleSpasmInfo.Content.Catalog;

/// <summary>A tag used by at least one article, with its articles newest first.</summary>
public sealed record Tag(string Slug, string Name, IReadOnlyList<Article> Articles)
{
    public string Url => ContentRoutes.Tag.PathOf(Slug);
}
