using System.Collections.Frozen;

namespace MuscleSpasmInfo.Content.Search;

/// <summary>
/// The synonym groups in analysed form: each word or phrase of a group, as stemmed terms, maps to the other members.
/// Keys are the terms joined by spaces, so "Charley horses" and "charley horse" are the same entry. Beside the groups,
/// each article's other names lead one way to its title ("Neoplasms" to "Cancer", not "Cancer" to every name it has).
/// </summary>
internal sealed class SynonymTable
{
    private readonly FrozenDictionary<string, IReadOnlyList<string[]>> _alternatives;

    /// <summary>Analyses each group and name once, when the index is built.</summary>
    /// <param name="groups">The synonyms file's groups: every member stands for every other.</param>
    /// <param name="names">Other names with the title they lead to.</param>
    /// <param name="analyzer">The language's analysis, as the index was built with.</param>
    public SynonymTable(IReadOnlyList<IReadOnlyList<string>> groups, IEnumerable<(string Name, string Title)> names, SearchAnalyzer analyzer)
    {
        var alternatives = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var members = group.Select(m => Analyse(m, analyzer)).Where(terms => terms.Length > 0).DistinctBy(Key).ToList();
            foreach (var member in members)
            {
                foreach (var other in members)
                {
                    Add(alternatives, member, other);
                }
            }
        }

        foreach (var (name, title) in names)
        {
            Add(alternatives, Analyse(name, analyzer), Analyse(title, analyzer));
        }

        _alternatives = alternatives.ToFrozenDictionary(p => p.Key, p => (IReadOnlyList<string[]>)p.Value, StringComparer.Ordinal);
        LongestEntry = alternatives.Count == 0 ? 0 : alternatives.Keys.Max(k => k.Count(c => c == ' ') + 1);
    }

    /// <summary>The most terms any entry has: how far a query scan has to look ahead.</summary>
    public int LongestEntry { get; }

    /// <summary>The other members of every group the term sequence belongs to, or an empty list.</summary>
    public IReadOnlyList<string[]> AlternativesFor(IEnumerable<string> terms) =>
        _alternatives.GetValueOrDefault(Key(terms)) ?? [];

    private static void Add(Dictionary<string, List<string[]>> alternatives, string[] from, string[] to)
    {
        var key = Key(from);
        if (from.Length == 0 || to.Length == 0 || key == Key(to))
        {
            return;
        }

        if (!alternatives.TryGetValue(key, out var list))
        {
            alternatives[key] = list = [];
        }

        if (!list.Any(l => Key(l) == Key(to)))
        {
            list.Add(to);
        }
    }

    private static string[] Analyse(string text, SearchAnalyzer analyzer) => [.. analyzer.Tokenize(text).Select(t => t.Term)];

    private static string Key(IEnumerable<string> terms) => string.Join(' ', terms);
}
