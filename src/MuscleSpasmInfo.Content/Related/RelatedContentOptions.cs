namespace MuscleSpasmInfo.Content.Related;

/// <summary>Weights and bounds of the related-content score, documented in the README; measured by bench/quality.sh.</summary>
public sealed record RelatedContentOptions
{
    /// <summary>Score added for each tag two articles share: an editor's tags outweigh any text similarity but a near copy.</summary>
    public double TagWeight { get; init; } = 0.4;

    /// <summary>
    /// Score added when two articles share a category: a weak prior that breaks near ties. On real health topics a larger
    /// bonus crowds out better matches from other categories (0.2 cost a quarter of the recall).
    /// </summary>
    public double CategoryWeight { get; init; } = 0.05;

    /// <summary>Multiplier of the TF-IDF cosine similarity of the two texts (0 to 1).</summary>
    public double TextWeight { get; init; } = 1.0;

    /// <summary>Multiplier of the TF-IDF cosine similarity of the two articles' names (title and other names).</summary>
    public double NameWeight { get; init; } = 0.2;

    /// <summary>
    /// Multiplier of the similarity of one article's names to the other's text, both ways: an article about pregnancy
    /// is related to those whose text keeps saying "pregnancy".
    /// </summary>
    public double NamesInTextWeight { get; init; } = 0.3;

    /// <summary>
    /// How much an article's own mean similarity to its closest <see cref="HubNeighbours"/> counts against it as a
    /// candidate: general articles that are a little similar to everything ("hubs") would otherwise fill every list.
    /// </summary>
    public double HubPenalty { get; init; } = 0.5;

    /// <summary>How many of an article's closest articles its hub score is the mean of.</summary>
    public int HubNeighbours { get; init; } = 20;

    /// <summary>A candidate must score at least this (before the hub penalty), and more than 0, to be listed on merit.</summary>
    public double Threshold { get; init; }

    /// <summary>How many related articles a page shows.</summary>
    public int Count { get; init; } = 5;

    /// <summary>Only each article's strongest text terms are indexed and looked up, which keeps the cost linear.</summary>
    public int TermsPerDocument { get; init; } = 128;

    /// <summary>
    /// A term shared by more articles than this is not looked up (it says little about any two of them), and a tag shared
    /// by more is looked up only for its newest articles of this many: the bound that keeps the cost per article fixed.
    /// </summary>
    public int MaxPostings { get; init; } = 300;
}
