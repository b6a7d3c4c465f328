namespace MuscleSpasmInfo.Content.Related;

/// <summary>Weights of the related-content score, documented in the README.</summary>
public sealed record RelatedContentOptions
{
    /// <summary>Score added for each tag two articles share.</summary>
    public double TagWeight { get; init; } = 0.4;

    /// <summary>Score added when two articles share a category.</summary>
    public double CategoryWeight { get; init; } = 0.2;

    /// <summary>Multiplier of the TF-IDF cosine similarity of the two texts (0 to 1).</summary>
    public double TextWeight { get; init; } = 1.0;

    /// <summary>A candidate must score at least this to be listed on merit.</summary>
    public double Threshold { get; init; } = 0.25;

    /// <summary>How many related articles a page shows.</summary>
    public int Count { get; init; } = 5;

    /// <summary>Only each article's strongest terms are looked up in the inverted index, which keeps the cost linear.</summary>
    public int TermsPerDocument { get; init; } = 24;

    /// <summary>
    /// A term shared by more articles than this is not looked up (it says little about any two of them), and a tag shared
    /// by more is looked up only for its newest articles of this many: the bound that keeps the cost per article fixed.
    /// </summary>
    public int MaxPostings { get; init; } = 300;
}
