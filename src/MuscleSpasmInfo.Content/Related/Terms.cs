using Lucene.Net.Analysis.TokenAttributes;
using MuscleSpasmInfo.Content.Search;

namespace MuscleSpasmInfo.Content.Related;

/// <summary>
/// Counts the terms of a text for TF-IDF with the site's one text analysis, the search analyser of the text's language
/// (for English: Unicode words, lower case, accents folded, English stop words out, Porter stems), so "cramping" and
/// "cramps" are one term here as in search, and "calambres" and "calambre" in Spanish.
/// </summary>
public static class Terms
{
    // Analysers are thread-safe (each thread reuses its own token stream), so one per kind of analysis serves every build.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, SearchAnalyzer> Analyzers = new(StringComparer.Ordinal);

    /// <summary>
    /// Counts each analysed term of <paramref name="text"/> of two or more characters, in term order. Given a
    /// <paramref name="pool"/>, each term is the pool's one copy of it: ten thousand articles share a few hundred
    /// thousand distinct terms, and kept as an array rather than a dictionary, their counts take a third of the memory.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="pool">Where each term's one copy is kept, or null.</param>
    /// <param name="language">The text's language, whose search analysis is used; null: English.</param>
    public static KeyValuePair<string, int>[] Count(string text, System.Collections.Concurrent.ConcurrentDictionary<string, string>? pool = null, Languages.SiteLanguage? language = null)
    {
        var analyzer = Analyzers.GetOrAdd(SearchAnalyzers.BaseLanguage(language), _ => SearchAnalyzers.For(language));

        // Counted straight from the analyser's term buffer: a string is made once per distinct term, not once per word
        // (a 10,000-article site has eight million words and a few hundred thousand distinct terms).
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var byChars = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        using (var stream = analyzer.GetTokenStream(SearchFields.Body, text))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                if (term.Length < 2)
                {
                    continue;
                }

                var chars = term.Buffer.AsSpan(0, term.Length);
                if (byChars.TryGetValue(chars, out var count))
                {
                    byChars[chars] = count + 1;
                }
                else
                {
                    counts[pool is null ? new string(chars) : Intern(pool, chars)] = 1;
                }
            }

            stream.End();
        }

        var result = new KeyValuePair<string, int>[counts.Count];
        var i = 0;
        foreach (var (t, c) in counts)
        {
            result[i++] = new(t, c);
        }

        Array.Sort(result, (a, b) => string.CompareOrdinal(a.Key, b.Key));
        return result;
    }

    /// <summary>The pool's one copy of the term <paramref name="chars"/>, made (once) only when the pool has none yet.</summary>
    internal static string Intern(System.Collections.Concurrent.ConcurrentDictionary<string, string> pool, ReadOnlySpan<char> chars)
    {
        if (pool.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(chars, out var known))
        {
            return known;
        }

        var term = new string(chars);
        return pool.GetOrAdd(term, term);
    }
}
