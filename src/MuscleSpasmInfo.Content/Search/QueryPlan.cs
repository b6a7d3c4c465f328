using Lucene.Net.Search;

namespace MuscleSpasmInfo.Content.Search;

/// <summary>What a reader's query became: the Lucene query to run, the terms a snippet should mark, and typo corrections.</summary>
internal sealed record QueryPlan(Query? Query, IReadOnlySet<string> Terms, IReadOnlyList<Correction> Corrections)
{
    /// <summary>A plan that matches nothing: the query held no searchable words.</summary>
    public static readonly QueryPlan Nothing = new(null, new HashSet<string>(), []);
}
