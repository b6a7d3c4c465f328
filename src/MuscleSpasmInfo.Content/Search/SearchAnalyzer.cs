using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace MuscleSpasmInfo.Content.Search;

/// <summary>
/// The one analyser of a language, used for its indexing, queries and snippets alike: using the same chain everywhere is
/// what lets "cramping" find "cramps" (or "calambres" find "calambre") and lets a snippet mark exactly the words that
/// matched. Each language's chain is a subclass (<see cref="SearchAnalyzers.For"/> picks it).
/// </summary>
/// <remarks>
/// Lucene's own language analysers are sealed, and multi-valued fields (headings, other names) need a position gap so
/// that a phrase never matches across the end of one heading and the start of the next.
/// </remarks>
internal abstract class SearchAnalyzer : Analyzer
{
    /// <summary>The Lucene behaviour version the whole index is built with.</summary>
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    // Larger than any phrase slop the query builder uses, so values of a multi-valued field never join into a phrase.
    private const int ValueGap = 100;

    /// <summary>Analyses text into tokens with their positions and character offsets.</summary>
    public List<AnalyzedToken> Tokenize(string text)
    {
        var tokens = new List<AnalyzedToken>();
        using var stream = GetTokenStream(SearchFields.Body, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add(new AnalyzedToken(term.ToString(), position, offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        return tokens;
    }

    /// <inheritdoc/>
    public override int GetPositionIncrementGap(string fieldName) => ValueGap;
}
