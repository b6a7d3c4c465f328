using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace MuscleSpasmInfo.Content.Search;

/// <summary>
/// The one analyser used for indexing, queries and snippets: Unicode word splitting, possessive removal, lower case,
/// accent folding, English stop words, Porter stemming. Using the same chain everywhere is what lets "cramping" find
/// "cramps" and lets a snippet mark exactly the words that matched.
/// </summary>
/// <remarks>
/// Lucene's <c>EnglishAnalyzer</c> is the same chain, but it is sealed, and multi-valued fields (headings, other names)
/// need a position gap so that a phrase never matches across the end of one heading and the start of the next.
/// </remarks>
internal sealed class EnglishSearchAnalyzer : Analyzer
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

    /// <inheritdoc/>
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream chain = new EnglishPossessiveFilter(Version, source);
        chain = new LowerCaseFilter(Version, chain);
        chain = new ASCIIFoldingFilter(chain);
        chain = new StopFilter(Version, chain, StopAnalyzer.ENGLISH_STOP_WORDS_SET);
        chain = new PorterStemFilter(chain);
        return new TokenStreamComponents(source, chain);
    }
}
