using Lucene.Net.Index;
using Lucene.Net.Search;

namespace MuscleSpasmInfo.Content.Search;

/// <summary>
/// Finds indexed terms within a small edit distance of a term no article contains, so "cramsp" still finds "cramp".
/// </summary>
/// <remarks>
/// The candidates are resolved here, before the query is built, rather than left as <see cref="FuzzyQuery"/>s inside it:
/// the plan then knows which real words to mark in snippets and to offer as "did you mean", and the query it runs
/// is plain term queries.
/// </remarks>
internal static class FuzzyCandidates
{
    // The first letter is rarely the mistyped one, and fixing it makes the scan of the term dictionary far cheaper.
    private const int PrefixLength = 1;
    private const int MaxExpansionsPerField = 10;
    private const int MaxCandidates = 5;

    /// <summary>Indexed terms close to <paramref name="term"/>, most similar first, each with its similarity (0–1).</summary>
    public static IReadOnlyList<(string Term, float Similarity)> For(IndexReader reader, string term)
    {
        var maxEdits = MaxEditsFor(term);
        if (maxEdits == 0)
        {
            return [];
        }

        var similarity = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (var (field, _) in SearchFields.Weighted)
        {
            var fuzzy = new FuzzyQuery(new Term(field, term), maxEdits, PrefixLength, MaxExpansionsPerField, transpositions: true);
            foreach (var (candidate, boost) in Expansions(fuzzy.Rewrite(reader)))
            {
                similarity[candidate] = Math.Max(boost, similarity.GetValueOrDefault(candidate));
            }
        }

        return [.. similarity
            .OrderByDescending(p => p.Value)
            .ThenByDescending(p => SearchFields.Weighted.Sum(f => reader.DocFreq(new Term(f.Name, p.Key))))
            .ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(MaxCandidates)
            .Select(p => (p.Key, p.Value))];
    }

    // Two edits on a short word match too much that is unrelated; words of three letters or fewer are left alone.
    private static int MaxEditsFor(string term) => term.Length switch
    {
        <= 3 => 0,
        <= 5 => 1,
        _ => 2,
    };

    private static IEnumerable<(string Term, float Boost)> Expansions(Query rewritten) => rewritten switch
    {
        TermQuery single => [(single.Term.Text, single.Boost)],
        BooleanQuery many => many.Clauses.SelectMany(c => Expansions(c.Query)),
        _ => [],
    };
}
