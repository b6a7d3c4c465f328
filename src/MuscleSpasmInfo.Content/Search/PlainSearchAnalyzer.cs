using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;

namespace MuscleSpasmInfo.Content.Search;

/// <summary>
/// A language the site has no stemmer chosen for: Unicode words, lower case and accent folding only, so its words are
/// found as written rather than cut by another language's rules.
/// </summary>
internal sealed class PlainSearchAnalyzer : SearchAnalyzer
{
    /// <inheritdoc/>
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream chain = new LowerCaseFilter(Version, source);
        chain = new ASCIIFoldingFilter(chain);
        return new TokenStreamComponents(source, chain);
    }
}
