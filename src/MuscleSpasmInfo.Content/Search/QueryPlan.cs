using Lucene.Net.Search;

namespace MuscleSpasmInfo.Content.Search;

/// <summary>What a reader's query became: the Lucene query to run, what a snippet should mark, and typo corrections.</summary>
/// <param name="Query">The query to run, or null when the text held no searchable words.</param>
/// <param name="Words">Terms that match on their own, so a snippet marks them wherever they stand.</param>
/// <param name="Phrases">Terms that match only together (quoted phrases, multi-word synonyms), so a snippet marks them only in a run.</param>
/// <param name="Corrections">Typed words no article contains, with the nearest indexed term.</param>
internal sealed record QueryPlan(
    Query? Query,
    IReadOnlySet<string> Words,
    IReadOnlyList<Alternative> Phrases,
    IReadOnlyList<Correction> Corrections)
{
    /// <summary>A plan that matches nothing: the query held no searchable words.</summary>
    public static readonly QueryPlan Nothing = new(null, new HashSet<string>(), [], []);
}
