using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;

namespace MuscleSpasmInfo.Content.Search;

/// <summary>
/// English: Unicode word splitting, possessive removal, lower case, accent folding, English stop words, Porter stemming
/// (Lucene's <c>EnglishAnalyzer</c> chain).
/// </summary>
internal sealed class EnglishSearchAnalyzer : SearchAnalyzer
{
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
