using System.Collections.Frozen;

namespace MuscleSpasmInfo.Content.Search;

/// <summary>
/// The synonym groups in analysed form: each word or phrase of a group, as stemmed terms, maps to the other members.
/// Keys are the terms joined by spaces, so "Charley horses" and "charley horse" are the same entry.
/// </summary>
internal sealed class SynonymTable
{
    private readonly FrozenDictionary<string, IReadOnlyList<string[]>> _alternatives;

    /// <summary>Analyses each group once, when the index is built.</summary>
    public SynonymTable(IReadOnlyList<IReadOnlyList<string>> groups, SearchAnalyzer analyzer)
    {
        var alternatives = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var members = group
                .Select(m => analyzer.Tokenize(m).Select(t => t.Term).ToArray())
                .Where(terms => terms.Length > 0)
                .DistinctBy(Key)
                .ToList();
            foreach (var member in members)
            {
                var key = Key(member);
                if (!alternatives.TryGetValue(key, out var list))
                {
                    alternatives[key] = list = [];
                }

                list.AddRange(members.Where(other => Key(other) != key && !list.Any(l => Key(l) == Key(other))));
            }
        }

        _alternatives = alternatives.ToFrozenDictionary(p => p.Key, p => (IReadOnlyList<string[]>)p.Value, StringComparer.Ordinal);
        LongestEntry = alternatives.Count == 0 ? 0 : alternatives.Keys.Max(k => k.Count(c => c == ' ') + 1);
    }

    /// <summary>The most terms any entry has: how far a query scan has to look ahead.</summary>
    public int LongestEntry { get; }

    /// <summary>The other members of every group the term sequence belongs to, or an empty list.</summary>
    public IReadOnlyList<string[]> AlternativesFor(IEnumerable<string> terms) =>
        _alternatives.GetValueOrDefault(Key(terms)) ?? [];

    private static string Key(IEnumerable<string> terms) => string.Join(' ', terms);
}
