namespace MuscleSpasmInfo.Content.Search;

/// <summary>The indexed fields of an article and how much a match in each counts.</summary>
/// <remarks>
/// Boosts are applied at query time, not index time: Lucene folds index-time boosts into one lossy norm byte,
/// and query-time boosts can be tuned without rebuilding anything.
/// </remarks>
internal static class SearchFields
{
    public const string Title = "title";
    public const string AlsoCalled = "alsoCalled";
    public const string Headings = "headings";
    public const string Summary = "summary";
    public const string Body = "body";

    /// <summary>The article's key (its slug within its language), indexed whole (so an edit replaces its document) and as a doc value (so a hit maps back).</summary>
    public const string Slug = "slug";

    /// <summary>Every text field with its query-time weight, best field first.</summary>
    public static readonly IReadOnlyList<(string Name, float Boost)> Weighted =
    [
        (Title, 5f),
        (AlsoCalled, 4f),
        (Headings, 2f),
        (Summary, 1.5f),
        (Body, 1f),
    ];
}
