using MuscleSpasmInfo.Content.Catalog;
using MuscleSpasmInfo.Content.Languages;

namespace MuscleSpasmInfo.Content.Search;

/// <summary>
/// Search in each of the site's languages: one <see cref="SearchService"/> per language, each holding only that
/// language's articles with its own analysis and synonyms, so a Spanish search never returns an English page. It owns
/// the services and disposes them; the embedder, when given, belongs to whoever gave it.
/// </summary>
public sealed class LanguageSearch : IDisposable
{
    private readonly Dictionary<string, SearchService> _byCode;
    private readonly Dictionary<string, Semantic.NameVectorsBuilder> _names = new(StringComparer.Ordinal);

    /// <summary>
    /// Opens an empty index for each language of <paramref name="languages"/>; with an <paramref name="embedder"/>,
    /// the languages it knows (English) also match queries by the meaning of articles' names (<see cref="IndexNames"/>).
    /// </summary>
    public LanguageSearch(LanguageTable languages, Semantic.SentenceEmbedder? embedder = null)
    {
        ArgumentNullException.ThrowIfNull(languages);
        _byCode = languages.All.ToDictionary(
            l => l.Code,
            l => new SearchService(l, SearchAnalyzers.MatchesMeaning(l) ? embedder : null),
            StringComparer.Ordinal);
        foreach (var language in languages.All.Where(l => embedder is not null && SearchAnalyzers.MatchesMeaning(l)))
        {
            _names[language.Code] = new Semantic.NameVectorsBuilder(embedder!);
        }
    }

    /// <summary>Whether any language matches by meaning, so <see cref="IndexNames"/> has work to do.</summary>
    public bool MatchesMeaning => _names.Count > 0;

    /// <summary>The oldest snapshot version any language's index holds; 0 before the first.</summary>
    public long Version => _byCode.Values.Min(s => s.Version);

    /// <summary>
    /// Makes each language's index hold that language's articles of <paramref name="snapshot"/>; cancelling
    /// <paramref name="cancellationToken"/> (the site stopping) ends it with <see cref="OperationCanceledException"/>.
    /// </summary>
    public void Index(ContentSnapshot snapshot, CancellationToken cancellationToken = default)
    {
        foreach (var service in _byCode.Values)
        {
            service.Index(snapshot, cancellationToken);
        }
    }

    /// <summary>
    /// Encodes the names of <paramref name="snapshot"/>'s articles in each language that matches by meaning and gives
    /// them to its search; slow the first time (every article), cheap after (only changed names). Returns how many
    /// names it encoded. Stopped by <paramref name="cancellationToken"/>, it keeps what it finished for the next call.
    /// </summary>
    public int IndexNames(ContentSnapshot snapshot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var encoded = 0;
        foreach (var (code, builder) in _names)
        {
            var language = snapshot.Languages.All.FirstOrDefault(l => l.Code == code);
            if (language is not null)
            {
                _byCode[code].UseNames(builder.Build(snapshot.Version, snapshot.ArticlesIn(language), cancellationToken));
                encoded += builder.Encoded;
            }
        }

        return encoded;
    }

    /// <summary>
    /// Related content's term counts of <paramref name="articles"/>, all in <paramref name="language"/>, read from that
    /// language's index where it holds them (<see cref="SearchService.TermCounts"/>): a <see cref="Related.BulkTermCounts"/>.
    /// </summary>
    public IReadOnlyDictionary<string, Related.ArticleTerms> TermCounts(SiteLanguage language, IReadOnlyList<Article> articles, Related.TermInterner intern)
    {
        ArgumentNullException.ThrowIfNull(language);
        return _byCode[language.Code].TermCounts(articles, intern);
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
