using MuscleSpasmInfo.Content.Routing;

namespace MuscleSpasmInfo.Content.Categories;

/// <summary>A category from <c>categories.yml</c>.</summary>
public sealed record Category(string Slug, string Name, string Description)
{
    public string Url => ContentRoutes.Category.PathOf(Slug);
}
