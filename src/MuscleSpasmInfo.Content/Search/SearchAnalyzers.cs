using MuscleSpasmInfo.Content.Languages;

namespace MuscleSpasmInfo.Content.Search;

/// <summary>Which analyser each language's search uses, by the language of its culture (<c>en-GB</c> is English).</summary>
internal static class SearchAnalyzers
{
    /// <summary>A new analyser for <paramref name="language"/>; English when none is given.</summary>
    public static SearchAnalyzer For(SiteLanguage? language) =>
        BaseLanguage(language) switch
        {
            "en" => new EnglishSearchAnalyzer(),
            "es" => new SpanishSearchAnalyzer(),
            _ => new PlainSearchAnalyzer(),
        };

    /// <summary>Whether a language's search may match by meaning: the sentence model knows English only.</summary>
    public static bool MatchesMeaning(SiteLanguage? language) => BaseLanguage(language) == "en";

    /// <summary>The language part of a language's culture (<c>en</c> for <c>en-GB</c>); English when none is given.</summary>
    public static string BaseLanguage(SiteLanguage? language) => language?.Culture.Split('-')[0].ToLowerInvariant() ?? "en";
}
