namespace MuscleSpasmInfo.Content.Search;

/// <summary>One way a concept of the query can match: a term or a phrase, with its weight.</summary>
/// <param name="Terms">Analysed terms; more than one makes a phrase.</param>
/// <param name="Positions">The terms' positions, keeping the gaps stop words left, so a quoted phrase matches as written.</param>
/// <param name="Weight">How much a match counts against the concept's other ways of matching.</param>
/// <param name="Slop">How far apart a phrase's terms may be.</param>
internal sealed record Alternative(IReadOnlyList<string> Terms, IReadOnlyList<int> Positions, float Weight, int Slop = 0)
{
    /// <summary>A single term.</summary>
    public static Alternative Term(string term, float weight) => new([term], [0], weight);

    /// <summary>A phrase whose terms follow one another, such as a synonym; slop lets stop words sit between them.</summary>
    public static Alternative Phrase(IReadOnlyList<string> terms, float weight, int slop) =>
        new(terms, [.. Enumerable.Range(0, terms.Count)], weight, slop);
}
