namespace MuscleSpasmInfo.CorpusGenerator;

/// <summary>
/// Everything about one article decided before any body is written: the bodies link to other articles by slug and
/// title, so all of these must exist first.
/// </summary>
internal sealed record ArticlePlan
{
    public required int Index { get; init; }

    public required string Slug { get; init; }

    public required string Title { get; init; }

    public required DateOnly Date { get; init; }

    public required int Category { get; init; }

    public required IReadOnlyList<string> Tags { get; init; }

    /// <summary>Rare words this article uses often: what makes its text, and its TF-IDF vector, its own.</summary>
    public required IReadOnlyList<string> Keywords { get; init; }

    public required IReadOnlyList<string> AlsoCalled { get; init; }

    /// <summary>Seed of the article's own random source, so bodies can be written in parallel and still deterministically.</summary>
    public required int BodySeed { get; init; }

    public IReadOnlyList<string> Related { get; init; } = [];

    public string? Guide { get; init; }

    public int? Order { get; init; }
}
