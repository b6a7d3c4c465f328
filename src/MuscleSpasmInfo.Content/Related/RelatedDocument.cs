namespace MuscleSpasmInfo.Content.Related;

/// <summary>What related-content scoring needs to know of an article, and nothing more.</summary>
public sealed record RelatedDocument(
    string Slug,
    string? Category,
    IReadOnlyList<string> Tags,
    DateOnly? Date,
    IReadOnlyList<string> Pinned,
    string Text);
