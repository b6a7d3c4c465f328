using System.Net;
using System.Text;

namespace MuscleSpasmInfo.Content.Search;

/// <summary>
/// Cuts the passage of an article's text that holds the most of the matched words and marks them.
/// The text is analysed with the index's own analyser, so a word is marked exactly when it is what matched
/// ("cramping" marks "cramps"), and every character outside the marks is HTML-escaped.
/// </summary>
internal sealed class SnippetBuilder(SearchAnalyzer analyzer)
{
    /// <summary>About how many characters of text a snippet shows.</summary>
    public const int Length = 220;

    // Text shown before the first mark, so the reader sees the word in its sentence.
    private const int LeadIn = 60;
    private const char Ellipsis = '\u2026';

    /// <summary>
    /// A snippet from the first text that contains a match, or the start of the first non-empty text. Words are marked
    /// wherever they stand; the terms of a phrase only where they stand together, so the synonym "muscle cramp" does not
    /// mark every "muscle".
    /// </summary>
    public string Build(IReadOnlySet<string> words, IReadOnlyList<Alternative> phrases, params string?[] texts)
    {
        foreach (var text in texts)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var marks = Matches(analyzer.Tokenize(text), words, phrases);
            if (marks.Count > 0)
            {
                return Render(text, marks);
            }
        }

        var fallback = texts.FirstOrDefault(t => !string.IsNullOrWhiteSpace(t));
        return fallback is null ? string.Empty : Render(fallback, []);
    }

    private static List<AnalyzedToken> Matches(List<AnalyzedToken> tokens, IReadOnlySet<string> words, IReadOnlyList<Alternative> phrases)
    {
        var marked = tokens.Select(t => words.Contains(t.Term)).ToArray();
        foreach (var phrase in phrases)
        {
            var count = phrase.Terms.Count;
            for (var i = 0; i + count <= tokens.Count; i++)
            {
                // Positions, not list order: stop words leave gaps, and the phrase matched only with the same gaps.
                if (Enumerable.Range(0, count).All(k =>
                        tokens[i + k].Term == phrase.Terms[k] && tokens[i + k].Position - tokens[i].Position == phrase.Positions[k]))
                {
                    Array.Fill(marked, true, i, count);
                }
            }
        }

        return [.. tokens.Where((_, i) => marked[i])];
    }

    private static string Render(string text, List<AnalyzedToken> marks)
    {
        var (start, end) = Window(text, marks);
        var html = new StringBuilder(Length * 2);
        if (start > 0)
        {
            html.Append(Ellipsis);
        }

        var at = start;
        foreach (var mark in marks.Where(m => m.Start >= start && m.End <= end))
        {
            AppendEscaped(html, text, at, mark.Start);
            html.Append("<mark>");
            AppendEscaped(html, text, mark.Start, mark.End);
            html.Append("</mark>");
            at = mark.End;
        }

        AppendEscaped(html, text, at, end);
        if (end < text.Length)
        {
            html.Append(Ellipsis);
        }

        return html.ToString().Trim();
    }

    // The window starts a little before the mark from which the most distinct terms fit in Length characters.
    private static (int Start, int End) Window(string text, List<AnalyzedToken> marks)
    {
        var anchor = 0;
        var best = 0;
        for (var i = 0; i < marks.Count; i++)
        {
            var distinct = marks.Skip(i).TakeWhile(m => m.End - marks[i].Start <= Length - LeadIn)
                .Select(m => m.Term).Distinct(StringComparer.Ordinal).Count();
            if (distinct > best)
            {
                (best, anchor) = (distinct, marks[i].Start);
            }
        }

        var start = anchor <= LeadIn ? 0 : WordStartAfter(text, anchor - LeadIn, anchor);
        var end = Math.Min(text.Length, start + Length);
        if (end < text.Length)
        {
            var space = text.LastIndexOfAny([' ', '\n', '\t'], end - 1, end - anchor);
            end = space > anchor ? space : end;
        }

        return (start, end);
    }

    // Starts at the next word so the snippet never opens on half a word.
    private static int WordStartAfter(string text, int from, int limit)
    {
        var space = text.IndexOfAny([' ', '\n', '\t'], from, limit - from);
        return space < 0 ? from : space + 1;
    }

    // Runs of whitespace (the plain text keeps paragraph breaks) become one space; everything else is escaped.
    private static void AppendEscaped(StringBuilder html, string text, int from, int to)
    {
        if (to <= from)
        {
            return;
        }

        var escaped = WebUtility.HtmlEncode(text[from..to]);
        var lastWasSpace = html.Length > 0 && html[^1] == ' ';
        foreach (var c in escaped)
        {
            var isSpace = char.IsWhiteSpace(c);
            if (!isSpace || !lastWasSpace)
            {
                html.Append(isSpace ? ' ' : c);
            }

            lastWasSpace = isSpace;
        }
    }
}
