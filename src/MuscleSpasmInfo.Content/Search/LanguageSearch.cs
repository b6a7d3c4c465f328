using MuscleSpasmInfo.Content.Catalog;
using MuscleSpasmInfo.Content.Languages;

namespace MuscleSpasmInfo.Content.Search;

/// <summary>
/// Search in each of the site's languages: one <see cref="SearchService"/> per language, each holding only that
/// language's articles with its own analysis and synonyms, so a Spanish search never returns an English page. It owns
/// the services and disposes them.
/// </summary>
public sealed class LanguageSearch : IDisposable
{
    private readonly Dictionary<string, SearchService> _byCode;

    /// <summary>Opens an empty index for each language of <paramref name="languages"/>.</summary>
    public LanguageSearch(LanguageTable languages)
    {
        ArgumentNullException.ThrowIfNull(languages);
        _byCode = languages.All.ToDictionary(l => l.Code, l => new SearchService(l), StringComparer.Ordinal);
    }

    /// <summary>The oldest snapshot version any language's index holds; 0 before the first.</summary>
    public long Version => _byCode.Values.Min(s => s.Version);

    /// <summary>Makes each language's index hold that language's articles of <paramref name="snapshot"/>.</summary>
    public void Index(ContentSnapshot snapshot)
    {
        foreach (var service in _byCode.Values)
        {
            service.Index(snapshot);
        }
    }

    /// <summary>One page of hits in <paramref name="language"/>'s articles (<see cref="SearchService.Search"/>).</summary>
    public SearchResults Search(SiteLanguage language, string? query, int page = 1, int pageSize = 10)
    {
        ArgumentNullException.ThrowIfNull(language);
        return _byCode[language.Code].Search(query, page, pageSize);
    }

    /// <summary>Closes every language's index.</summary>
    public void Dispose()
    {
        foreach (var service in _byCode.Values)
        {
            service.Dispose();
        }
    }
}
