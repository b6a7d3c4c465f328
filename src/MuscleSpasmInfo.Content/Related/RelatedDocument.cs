namespace MuscleSpasmInfo.Content.Related;

/// <summary>What related-content scoring needs to know of an article, and nothing more.</summary>
public sealed record RelatedDocument(
    string Slug,
    string? Category,
    IReadOnlyList<string> Tags,
    DateOnly? Date,
    IReadOnlyList<string> Pinned,
    string Text)
{
    /// <summary>Identifies this version of the text (a content hash), so a rebuilt index can reuse what it knew of it.</summary>
    public string? Fingerprint { get; init; }
}
