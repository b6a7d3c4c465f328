using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;

namespace MuscleSpasmInfo.Content.Search;

/// <summary>
/// Spanish, as Lucene's <c>SpanishAnalyzer</c> reads it: Unicode words, lower case, Spanish stop words (matched before
/// accents are folded, since the list is written with them: "está", "más"), then the light Spanish stemmer, which folds
/// plurals and gender ("calambres" and "calambre" are one term), then accent folding, so a reader who types "musculo"
/// finds "músculo".
/// </summary>
internal sealed class SpanishSearchAnalyzer : SearchAnalyzer
{
    /// <inheritdoc/>
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream chain = new LowerCaseFilter(Version, source);
        chain = new StopFilter(Version, chain, SpanishAnalyzer.DefaultStopSet);
        chain = new SpanishLightStemFilter(chain);
        chain = new ASCIIFoldingFilter(chain);
        return new TokenStreamComponents(source, chain);
    }
}
