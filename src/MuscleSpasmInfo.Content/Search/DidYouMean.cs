using System.Text;
using MuscleSpasmInfo.Content.Catalog;

namespace MuscleSpasmInfo.Content.Search;

/// <summary>
/// Builds "did you mean" from the typo corrections of a query. The index holds stems ("charlei"), so the word shown
/// is how a hit actually writes that stem ("charley"), taken from the hits found.
/// </summary>
internal static class DidYouMean
{
    /// <summary>The query with each mistyped word replaced, or null when nothing was corrected or a word has no written form among the hits.</summary>
    public static string? From(string query, IReadOnlyList<Correction> corrections, IEnumerable<Article> hits, SearchAnalyzer analyzer)
    {
        if (corrections.Count == 0)
        {
            return null;
        }

        var written = new Dictionary<string, string>(StringComparer.Ordinal);
        var wanted = corrections.Select(c => c.Term).ToHashSet(StringComparer.Ordinal);
        foreach (var article in hits)
        {
            foreach (var text in new[] { article.Title, string.Join('\n', article.Meta.AlsoCalled), article.Meta.Summary, article.Body.PlainText })
            {
                if (wanted.Count == written.Count || string.IsNullOrEmpty(text))
                {
                    continue;
                }

                foreach (var token in analyzer.Tokenize(text).Where(t => wanted.Contains(t.Term)))
                {
                    written.TryAdd(token.Term, text[token.Start..token.End].ToLowerInvariant());
                }
            }
        }

        if (!corrections.All(c => written.ContainsKey(c.Term)))
        {
            return null;
        }

        var suggestion = new StringBuilder(query.Length);
        var at = 0;
        foreach (var correction in corrections.OrderBy(c => c.Start))
        {
            suggestion.Append(query, at, correction.Start - at).Append(written[correction.Term]);
            at = correction.End;
        }

        return suggestion.Append(query, at, query.Length - at).ToString();
    }
}
