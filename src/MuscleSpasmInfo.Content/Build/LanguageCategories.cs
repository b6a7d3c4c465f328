using MuscleSpasmInfo.Content.Categories;

namespace MuscleSpasmInfo.Content.Build;

/// <summary>The categories of each language, by language code, as lists and as slug sets (what the accept stage checks against).</summary>
internal sealed record LanguageCategories(
    IReadOnlyDictionary<string, IReadOnlyList<Category>> Lists,
    IReadOnlyDictionary<string, IReadOnlySet<string>> Slugs,
    string DefaultCode)
{
    /// <summary>The slugs of categories.yml, which every article's category must be one of.</summary>
    public IReadOnlySet<string> DefaultSlugs => Slugs[DefaultCode];
}
