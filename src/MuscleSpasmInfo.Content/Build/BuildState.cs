using MuscleSpasmInfo.Content.Categories;

namespace MuscleSpasmInfo.Content.Build;

/// <summary>
/// What a snapshot's build decided that the next build must honour, whatever its stages remember: the version of each
/// file it served (the last good version while an edit is broken), the file serving each slug (which keeps its URL when
/// a copy claims the same slug) and the categories it used (kept while categories.yml is broken).
/// </summary>
internal sealed record BuildState(
    IReadOnlyDictionary<string, Accepted> Accepted,
    IReadOnlyDictionary<string, Catalog.ParsedFile> Owners,
    IReadOnlyList<Category> Categories)
{
    /// <summary>The state before the first build.</summary>
    public static readonly BuildState Empty = new(
        new Dictionary<string, Accepted>(StringComparer.Ordinal),
        new Dictionary<string, Catalog.ParsedFile>(StringComparer.Ordinal),
        []);
}
