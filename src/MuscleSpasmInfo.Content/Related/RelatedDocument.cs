namespace MuscleSpasmInfo.Content.Related;

/// <summary>What related-content scoring needs to know of an article, and nothing more.</summary>
/// <param name="Slug">The article's slug.</param>
/// <param name="Category">Its category, if any.</param>
/// <param name="Tags">Its tags as written.</param>
/// <param name="Date">Its publication date, which breaks ties newest first.</param>
/// <param name="Pinned">The slugs its editor pinned as related, in order.</param>
/// <param name="TermCounts">How often each analysed term occurs in its text: title (counted twice), summary and body (<see cref="Terms.Count"/>).</param>
/// <param name="NameCounts">The same for its names alone: title and other names (<c>alsoCalled</c>).</param>
public sealed record RelatedDocument(
    string Slug,
    string? Category,
    IReadOnlyList<string> Tags,
    DateOnly? Date,
    IReadOnlyList<string> Pinned,
    IReadOnlyList<KeyValuePair<string, int>> TermCounts,
    IReadOnlyList<KeyValuePair<string, int>>? NameCounts = null);
