using MuscleSpasmInfo.Content.Search;

namespace MuscleSpasmInfo.Content.Related;

/// <summary>
/// Counts the terms of a text for TF-IDF with the site's one text analysis, the search analyser (Unicode words, lower
/// case, accents folded, English stop words out, Porter stems), so "cramping" and "cramps" are one term here as in search.
/// </summary>
public static class Terms
{
    private static readonly EnglishSearchAnalyzer Analyzer = new();

    /// <summary>Counts each analysed term of <paramref name="text"/> of two or more characters.</summary>
    public static Dictionary<string, int> Count(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in Analyzer.Tokenize(text))
        {
            if (token.Term.Length >= 2)
            {
                counts[token.Term] = counts.GetValueOrDefault(token.Term) + 1;
            }
        }

        return counts;
    }
}
