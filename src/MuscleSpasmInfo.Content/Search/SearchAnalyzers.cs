using MuscleSpasmInfo.Content.Languages;

namespace MuscleSpasmInfo.Content.Search;

/// <summary>Which analyser each language's search uses, by the language of its culture (<c>en-GB</c> is English).</summary>
internal static class SearchAnalyzers
{
    /// <summary>A new analyser for <paramref name="language"/>; English when none is given.</summary>
    public static SearchAnalyzer For(SiteLanguage? language) =>
        (language?.Culture.Split('-')[0].ToLowerInvariant() ?? "en") switch
        {
            "en" => new EnglishSearchAnalyzer(),
            "es" => new SpanishSearchAnalyzer(),
            _ => new PlainSearchAnalyzer(),
        };
}
