namespace MuscleSpasmInfo.Content.Related;

/// <summary>The parts of one candidate's score, each already weighted, so an editor can see why it is listed.</summary>
/// <param name="Tags">Shared tags times <see cref="RelatedContentOptions.TagWeight"/>.</param>
/// <param name="Category">The same-category prior, or 0.</param>
/// <param name="Text">Text similarity times <see cref="RelatedContentOptions.TextWeight"/>.</param>
/// <param name="Names">Name similarity times <see cref="RelatedContentOptions.NameWeight"/>.</param>
/// <param name="NamesInText">Names against text, both ways, times <see cref="RelatedContentOptions.NamesInTextWeight"/>.</param>
public readonly record struct RelatedScore(double Tags, double Category, double Text, double Names, double NamesInText)
{
    /// <summary>How alike the two articles' words are, text and names.</summary>
    public double Similarity => Text + Names + NamesInText;

    /// <summary>Everything but the hub penalty: what a candidate must have more than the threshold of.</summary>
    public double Total => Tags + Category + Similarity;
}
