namespace MuscleSpasmInfo.Content.Related;

/// <summary>Splits text into lower-case terms for TF-IDF, without the small words every article shares.</summary>
public static class Terms
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "the", "and", "for", "are", "but", "not", "you", "your", "with", "can", "may", "this", "that", "these", "those",
        "from", "have", "has", "had", "was", "were", "will", "would", "into", "when", "which", "who", "what", "how",
        "its", "their", "there", "they", "them", "than", "then", "also", "such", "some", "more", "most", "other",
        "about", "after", "before", "because", "been", "being", "both", "each", "even", "only", "over", "same", "very",
        "all", "any", "our", "out", "own", "one", "two", "use", "used", "does", "did", "within", "while",
    };

    /// <summary>Counts each term of <paramref name="text"/>: words of three or more letters, lower-cased, stop words left out.</summary>
    public static Dictionary<string, int> Count(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var span = text.AsSpan();
        Span<char> buffer = stackalloc char[64];
        var start = -1;
        for (var i = 0; i <= span.Length; i++)
        {
            var isLetter = i < span.Length && char.IsLetter(span[i]);
            if (isLetter && start < 0)
            {
                start = i;
            }
            else if (!isLetter && start >= 0)
            {
                var word = span[start..i];
                start = -1;
                if (word.Length is < 3 or > 64)
                {
                    continue;
                }

                var lower = buffer[..word.Length];
                word.ToLowerInvariant(lower);
                var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
                if (lookup.TryGetValue(lower, out var n))
                {
                    lookup[lower] = n + 1;
                }
                else
                {
                    var term = new string(lower);
                    if (!StopWords.Contains(term))
                    {
                        counts[term] = 1;
                    }
                }
            }
        }

        return counts;
    }
}
