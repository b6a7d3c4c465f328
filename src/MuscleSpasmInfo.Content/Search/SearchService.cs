using Lucene.Net.Index;
using Lucene.Net.Search;
using MuscleSpasmInfo.Content.Catalog;

namespace MuscleSpasmInfo.Content.Search;

/// <summary>
/// Full-text search over the articles of the newest snapshot it was given, in one language (or all, for tools and
/// tests) with that language's analysis (<see cref="SearchAnalyzers"/>): stemmed words, synonyms, other names,
/// typo tolerance and BM25 ranking. It owns the Lucene writer and a <see cref="SearcherManager"/>: indexing a snapshot
/// replaces only the documents of articles that changed and refreshes the manager; each search acquires a searcher and
/// releases it when done, so a reader closes when the last search on it ends, never on a timer. Any number of searches
/// may run at once, beside one indexing at a time.
/// </summary>
public sealed class SearchService : IDisposable
{
    /// <summary>The longest query, in characters, that is searched; longer ones get <see cref="SearchProblem.TooLong"/>.</summary>
    public const int MaxQueryLength = 200;

    /// <summary>The most hits a page may hold; a larger page size is cut to this.</summary>
    public const int MaxPageSize = 100;

    private readonly SearchAnalyzer _analyzer;
    private readonly Languages.SiteLanguage? _language;
    private readonly SnippetBuilder _snippets;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly Lock _indexGate = new();
    private Indexed _indexed;
    private bool _disposed;

    /// <summary>Opens an empty in-memory index of English analysis over every language; nothing is found until a snapshot is indexed.</summary>
    public SearchService()
        : this(null)
    {
    }

    /// <summary>
    /// Opens an empty in-memory index of the articles in <paramref name="language"/>, analysed as that language is
    /// (null: every article, analysed as English).
    /// </summary>
    public SearchService(Languages.SiteLanguage? language)
    {
        _language = language;
        _analyzer = SearchAnalyzers.For(language);
        _snippets = new SnippetBuilder(_analyzer);
        _writer = SearchIndexWriter.Create(_analyzer);
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, new SearchSimilarity());
        _indexed = new Indexed(0, new Dictionary<string, Article>(StringComparer.Ordinal), [], new SynonymTable([], _analyzer));
    }

    /// <summary>The version of the snapshot whose articles the index holds; 0 before the first.</summary>
    public long Version => Volatile.Read(ref _indexed).Version;

    /// <summary>How many articles the index holds.</summary>
    public int Count => Volatile.Read(ref _indexed).Articles.Count;

    /// <summary>A service holding <paramref name="snapshot"/>'s articles: for commands and tests that search one snapshot.</summary>
    public static SearchService For(ContentSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var service = new SearchService();
        service.Index(snapshot);
        return service;
    }

    /// <summary>
    /// Makes the index hold <paramref name="snapshot"/>'s articles with its synonyms: new and edited articles are
    /// (re)written, deleted ones removed, the rest left as they are. A snapshot older than the one indexed is ignored.
    /// </summary>
    public void Index(ContentSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (_language is { } language)
        {
            Index(snapshot.Version, snapshot.ArticlesIn(language), snapshot.SynonymsOf(language));
        }
        else
        {
            Index(snapshot.Version, snapshot.Articles, snapshot.Synonyms);
        }
    }

    /// <summary>Makes the index hold <paramref name="articles"/> (in this order, which breaks ties between equal scores).</summary>
    internal void Index(long version, IReadOnlyList<Article> articles, IReadOnlyList<IReadOnlyList<string>> synonyms)
    {
        lock (_indexGate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var before = _indexed;
            if (version < before.Version)
            {
                return;
            }

            var now = new Dictionary<string, Article>(articles.Count, StringComparer.Ordinal);
            foreach (var article in articles)
            {
                now[article.Key] = article;
                if (!before.Articles.TryGetValue(article.Key, out var indexed) || !ReferenceEquals(indexed, article))
                {
                    SearchIndexWriter.Write(_writer, article, replace: indexed is not null);
                }
            }

            foreach (var gone in before.Articles.Keys.Where(slug => !now.ContainsKey(slug)))
            {
                _writer.DeleteDocuments(new Term(SearchFields.Slug, gone));
            }

            var table = ReferenceEquals(synonyms, before.Synonyms) ? before.Table : new SynonymTable(synonyms, _analyzer);
            _searchers.MaybeRefreshBlocking();
            Volatile.Write(ref _indexed, new Indexed(version, now, synonyms, table));
        }
    }

    /// <summary>
    /// Searches for what a reader typed and returns one page of hits, best first. Never throws for any query text:
    /// only double quotes (for phrases) have meaning; the rest is words. Page and page size are clamped to sense.
    /// </summary>
    public SearchResults Search(string? query, int page = 1, int pageSize = 10)
    {
        page = Math.Max(1, page);
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        var cleaned = QueryText.Clean(query);
        if (cleaned.Length == 0)
        {
            return SearchResults.Nothing(cleaned, SearchProblem.Empty, page, pageSize);
        }

        if (cleaned.Length > MaxQueryLength)
        {
            return SearchResults.Nothing(QueryText.Cut(cleaned, MaxQueryLength), SearchProblem.TooLong, page, pageSize);
        }

        var indexed = Volatile.Read(ref _indexed);
        var searcher = _searchers.Acquire();
        try
        {
            var reader = searcher.IndexReader;
            var plan = new QueryPlanner(_analyzer, indexed.Table, reader).Plan(cleaned);
            if (plan.Query is null || reader.MaxDoc == 0)
            {
                return SearchResults.Nothing(cleaned, SearchProblem.None, page, pageSize);
            }

            var skip = (long)(page - 1) * pageSize;
            var wanted = (int)Math.Min(skip + pageSize, reader.MaxDoc);
            var top = searcher.Search(plan.Query, wanted);
            var hits = top.ScoreDocs
                .Skip((int)Math.Min(skip, int.MaxValue))
                .Select(d => (Article: indexed.Articles.GetValueOrDefault(SlugOf(reader, d.Doc)), d.Score))
                .Where(h => h.Article is not null) // indexed a moment before or after the list it is looked up in
                .Select(h => new SearchHit(h.Article!, h.Score, _snippets.Build(plan.Words, plan.Phrases, h.Article!.Body.PlainText, h.Article.Meta.Summary)))
                .ToList();
            var totalPages = (int)((top.TotalHits + (long)pageSize - 1) / pageSize);
            return new SearchResults(cleaned, SearchProblem.None, top.TotalHits, page, pageSize, totalPages, hits,
                DidYouMean.From(cleaned, plan.Corrections, hits.Select(h => h.Article), _analyzer));
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>Closes the searchers and the writer; a search still running keeps its reader until it releases it.</summary>
    public void Dispose()
    {
        lock (_indexGate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _searchers.Dispose();
            _writer.Dispose();
        }
    }

    /// <summary>The key of a hit's article, through the doc value each document carries.</summary>
    private static string SlugOf(IndexReader reader, int doc)
    {
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var slug = new Lucene.Net.Util.BytesRef();
        leaf.AtomicReader.GetBinaryDocValues(SearchFields.Slug).Get(doc - leaf.DocBase, slug);
        return slug.Utf8ToString();
    }

    /// <summary>What the index holds: the snapshot version, its articles by slug, and its synonyms analysed.</summary>
    private sealed record Indexed(long Version, IReadOnlyDictionary<string, Article> Articles, IReadOnlyList<IReadOnlyList<string>> Synonyms, SynonymTable Table);

    /// <summary>Makes searchers rank by BM25, as the writer stored field lengths for.</summary>
    private sealed class SearchSimilarity : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = SearchIndexWriter.Similarity };
    }
}
