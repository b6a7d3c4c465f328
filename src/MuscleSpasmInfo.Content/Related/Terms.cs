using MuscleSpasmInfo.Content.Search;

namespace MuscleSpasmInfo.Content.Related;

/// <summary>
/// Counts the terms of a text for TF-IDF with the site's one text analysis, the search analyser (Unicode words, lower
/// case, accents folded, English stop words out, Porter stems), so "cramping" and "cramps" are one term here as in search.
/// </summary>
public static class Terms
{
    private static readonly EnglishSearchAnalyzer Analyzer = new();

    /// <summary>
    /// Counts each analysed term of <paramref name="text"/> of two or more characters, in term order. Given a
    /// <paramref name="pool"/>, each term is the pool's one copy of it: ten thousand articles share a few hundred
    /// thousand distinct terms, and kept as an array rather than a dictionary, their counts take a third of the memory.
    /// </summary>
    public static KeyValuePair<string, int>[] Count(string text, System.Collections.Concurrent.ConcurrentDictionary<string, string>? pool = null)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in Analyzer.Tokenize(text))
        {
            if (token.Term.Length >= 2)
            {
                counts[token.Term] = counts.GetValueOrDefault(token.Term) + 1;
            }
        }

        var result = new KeyValuePair<string, int>[counts.Count];
        var i = 0;
        foreach (var (term, count) in counts)
        {
            result[i++] = new(pool?.GetOrAdd(term, term) ?? term, count);
        }

        Array.Sort(result, (a, b) => string.CompareOrdinal(a.Key, b.Key));
        return result;
    }
}
