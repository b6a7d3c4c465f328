using System.Text;

namespace MuscleSpasmInfo.Content.Search;

/// <summary>
/// Reads what a reader typed into loose words and quoted phrases. Double quotes are the only syntax: everything else,
/// Lucene operators included (<c>*</c>, <c>?</c>, <c>AND</c>, brackets, backslashes), is plain text for the analyser,
/// which drops punctuation. That is why no input can make a search throw or turn into an expensive wildcard query.
/// </summary>
internal static class QueryText
{
    /// <summary>The reader's query with control characters made spaces and the ends trimmed.</summary>
    public static string Clean(string? raw)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(raw.Length);
        foreach (var c in raw)
        {
            builder.Append(char.IsControl(c) ? ' ' : c);
        }

        return builder.ToString().Trim();
    }

    /// <summary>The first <paramref name="length"/> characters, never splitting a surrogate pair.</summary>
    public static string Cut(string text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }

        return char.IsHighSurrogate(text[length - 1]) ? text[..(length - 1)] : text[..length];
    }

    /// <summary>Splits the cleaned query at double quotes; an unclosed quote runs to the end of the query.</summary>
    public static List<QueryPart> Split(string query)
    {
        var parts = new List<QueryPart>();
        var quoted = false;
        var start = 0;
        for (var i = 0; i <= query.Length; i++)
        {
            if (i < query.Length && !IsQuote(query[i]))
            {
                continue;
            }

            var text = query[start..i];
            if (!string.IsNullOrWhiteSpace(text))
            {
                parts.Add(new QueryPart(text, start, quoted));
            }

            quoted = !quoted;
            start = i + 1;
        }

        return parts;
    }

    // Phones and word processors turn " into curly quotes; readers mean the same thing.
    private static bool IsQuote(char c) => c is '"' or '\u201C' or '\u201D' or '\u201E';
}
