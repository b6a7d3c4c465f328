using MuscleSpasmInfo.Content.Catalog;
using MuscleSpasmInfo.Content.Categories;

namespace MuscleSpasmInfo.Content.Build;

/// <summary>
/// What a snapshot's build decided that the next build must honour, whatever its memo holds: the version of each file
/// it served (the last good version while an edit is broken), the file owning each slug (which keeps its URL when a copy
/// claims the same slug) and the categories it used (kept while categories.yml is broken).
/// </summary>
internal sealed record BuildState(
    IReadOnlyDictionary<string, ParsedFile> Served,
    IReadOnlyDictionary<string, string> OwnerPaths,
    IReadOnlyList<Category> Categories)
{
    /// <summary>The state before the first build.</summary>
    public static readonly BuildState Empty = new(new Dictionary<string, ParsedFile>(), new Dictionary<string, string>(), []);
}
