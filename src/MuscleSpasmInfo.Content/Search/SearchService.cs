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

    /// <summary>How many hits of each ranking (words, and meaning of names) are fused into one list.</summary>
    public const int FusionDepth = 50;

    /// <summary>
    /// The least cosine similarity between a query and an article's names for the article to count as a meaning match:
    /// below it, names share little more than their language, and a query of nonsense would find something.
    /// </summary>
    public const float MeaningThreshold = 0.5f;

    // Reciprocal rank fusion: each ranking gives 1/(k + rank). k = 60 is the constant of Cormack, Clarke and Büttcher
    // (2009); it keeps either list's first places from drowning out the other's.
    private const int FusionK = 60;

    // A place in the meaning ranking counts 1.5 times a place in the words ranking: on the real corpus 1 → 1.5 lifts
    // MeSH-heading MRR@10 from 0.669 to 0.680, more adds under 0.01, and would let names outweigh words in a body,
    // which that benchmark does not measure.
    private const float MeaningWeight = 1.5f;

    private readonly SearchAnalyzer _analyzer;
    private readonly Semantic.SentenceEmbedder? _embedder;
    private Semantic.NameVectors? _names;
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
    /// (null: every article, analysed as English). With an <paramref name="embedder"/>, queries are also matched by the
    /// meaning of articles' names once <see cref="UseNames"/> has given it their vectors.
    /// </summary>
    public SearchService(Languages.SiteLanguage? language, Semantic.SentenceEmbedder? embedder = null)
    {
        _language = language;
        _embedder = embedder;
        _analyzer = SearchAnalyzers.For(language);
        _snippets = new SnippetBuilder(_analyzer);
        _writer = SearchIndexWriter.Create(_analyzer);
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, new SearchSimilarity());
        _indexed = new Indexed(0, new Dictionary<string, Article>(StringComparer.Ordinal), [], new SynonymTable([], [], _analyzer));
    }

    /// <summary>The version of the snapshot whose articles the index holds; 0 before the first.</summary>
    public long Version => Volatile.Read(ref _indexed).Version;

    /// <summary>How many articles the index holds.</summary>
    public int Count => Volatile.Read(ref _indexed).Articles.Count;

    /// <summary>
    /// A service holding <paramref name="snapshot"/>'s articles: for commands and tests that search one snapshot; with an
    /// <paramref name="embedder"/>, with the vectors of their names too.
    /// </summary>
    public static SearchService For(ContentSnapshot snapshot, Semantic.SentenceEmbedder? embedder = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var service = new SearchService(null, embedder);
        service.Index(snapshot);
        if (embedder is not null)
        {
            service.UseNames(new Semantic.NameVectorsBuilder(embedder).Build(snapshot.Version, snapshot.Articles, CancellationToken.None));
        }

        return service;
    }

    /// <summary>
    /// Makes searches also match the meaning of articles' names, with these vectors (built from the articles this
    /// service indexes); vectors older than those in use are ignored. Until the first, search matches words only.
    /// </summary>
    public void UseNames(Semantic.NameVectors vectors)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        lock (_indexGate)
        {
            if (vectors.Version >= (_names?.Version ?? 0))
            {
                Volatile.Write(ref _names, vectors);
            }
        }
    }

    /// <summary>
    /// Makes the index hold <paramref name="snapshot"/>'s articles with its synonyms: new and edited articles are
    /// (re)written, deleted ones removed, the rest left as they are. A snapshot older than the one indexed is ignored.
    /// Cancelling <paramref name="cancellationToken"/> stops a first build part way, with <see cref="OperationCanceledException"/>:
    /// only for a site that is stopping, since the index is then left part written.
    /// </summary>
    public void Index(ContentSnapshot snapshot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (_language is { } language)
        {
            Index(snapshot.Version, snapshot.ArticlesIn(language), snapshot.SynonymsOf(language), cancellationToken);
        }
        else
        {
            Index(snapshot.Version, snapshot.Articles, snapshot.Synonyms, cancellationToken);
        }
    }

    /// <summary>Makes the index hold <paramref name="articles"/> (in this order, which breaks ties between equal scores).</summary>
    internal void Index(long version, IReadOnlyList<Article> articles, IReadOnlyList<IReadOnlyList<string>> synonyms, CancellationToken cancellationToken = default)
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
            // The first build: every article is new, written by every core.
            var first = before.Articles.Count == 0 && articles.Count > 0;
            if (first)
            {
                SearchIndexWriter.AddAll(_writer, _analyzer, articles, cancellationToken);
            }

            var changed = first;
            foreach (var article in articles)
            {
                now[article.Key] = article;
                if (!first && (!before.Articles.TryGetValue(article.Key, out var indexed) || !ReferenceEquals(indexed, article)))
                {
                    SearchIndexWriter.Write(_writer, article, replace: indexed is not null);
                    changed = true;
                }
            }

            foreach (var gone in before.Articles.Keys.Where(slug => !now.ContainsKey(slug)))
            {
                _writer.DeleteDocuments(new Term(SearchFields.Slug, gone));
                changed = true;
            }

            // Other names lead to their article's title, so a reader's "neoplasms" also finds pages about cancer.
            var table = !changed && ReferenceEquals(synonyms, before.Synonyms)
                ? before.Table
                : new SynonymTable(synonyms, articles.SelectMany(a => a.Meta.AlsoCalled.Select(name => (name, a.Title))), _analyzer);
            _searchers.MaybeRefreshBlocking();
            Volatile.Write(ref _indexed, new Indexed(version, now, synonyms, table));
        }
    }

    /// <summary>
    /// Related content's term counts of those of <paramref name="articles"/> that the index holds as they are, read from
    /// its postings (<see cref="IndexedTermCounts"/>) rather than by analysing them again.
    /// </summary>
    public IReadOnlyDictionary<string, Related.ArticleTerms> TermCounts(IReadOnlyList<Article> articles, Related.TermInterner intern)
    {
        ArgumentNullException.ThrowIfNull(articles);
        lock (_indexGate)
        {
            var indexed = _indexed.Articles;
            var searcher = _searchers.Acquire();
            try
            {
                var counts = IndexedTermCounts.Read(searcher.IndexReader, intern);
                return articles
                    .Where(a => indexed.TryGetValue(a.Key, out var held) && ReferenceEquals(held, a) && counts.ContainsKey(a.Key))
                    .ToDictionary(a => a.Key, a => counts[a.Key], StringComparer.Ordinal);
            }
            finally
            {
                _searchers.Release(searcher);
            }
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
            var names = _embedder is null ? null : Volatile.Read(ref _names);
            if ((plan.Query is null && names is null) || reader.MaxDoc == 0)
            {
                return SearchResults.Nothing(cleaned, SearchProblem.None, page, pageSize);
            }

            var skip = (long)(page - 1) * pageSize;
            var wanted = (int)Math.Min(skip + pageSize, reader.MaxDoc);
            var top = plan.Query is null ? null : searcher.Search(plan.Query, names is null ? wanted : Math.Max(wanted, FusionDepth));
            var byWords = top is null ? [] : top.ScoreDocs.Select(d => (Key: SlugOf(reader, d.Doc), d.Score)).ToList();
            var byMeaning = names is null ? [] : MeaningMatches(names, cleaned, plan.Corrections, byWords, indexed);
            if (byWords.Count == 0 && byMeaning.Count == 0)
            {
                return SearchResults.Nothing(cleaned, SearchProblem.None, page, pageSize);
            }

            var ranked = byMeaning.Count == 0 ? byWords : Fuse(byWords, byMeaning);
            // The fused list is the union of both, so what it holds beyond the word hits was found by meaning alone.
            var total = (top?.TotalHits ?? 0) + (ranked.Count - byWords.Count);
            var hits = ranked
                .Skip((int)Math.Min(skip, int.MaxValue))
                .Take(pageSize)
                .Select(h => (Article: indexed.Articles.GetValueOrDefault(h.Key), h.Score))
                .Where(h => h.Article is not null) // indexed a moment before or after the list it is looked up in
                .Select(h => new SearchHit(h.Article!, h.Score, _snippets.Build(plan.Words, plan.Phrases, h.Article!.Body.PlainText, h.Article.Meta.Summary)))
                .ToList();
            var totalPages = (int)((total + (long)pageSize - 1) / pageSize);
            return new SearchResults(cleaned, SearchProblem.None, total, page, pageSize, totalPages, hits,
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

    /// <summary>
    /// The articles whose names are closest in meaning to the query, closest first. When words were corrected, the
    /// corrected query is asked too and each article keeps its closer match: the model reads "Acme" as another word
    /// than "Acne", while a word no page has ("dyspnea") still counts as written.
    /// </summary>
    private List<(string Key, float Score)> MeaningMatches(
        Semantic.NameVectors names, string query, IReadOnlyList<Correction> corrections, List<(string Key, float Score)> byWords, Indexed indexed)
    {
        var corrected = DidYouMean.From(query, corrections, byWords.Take(10).Select(w => indexed.Articles.GetValueOrDefault(w.Key)).OfType<Article>(), _analyzer);
        var best = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (var vector in _embedder!.Embed(corrected is null ? [query] : [query, corrected]))
        {
            foreach (var (key, similarity) in names.Nearest(vector, FusionDepth, MeaningThreshold))
            {
                if (indexed.Articles.ContainsKey(key) && similarity > best.GetValueOrDefault(key, float.MinValue))
                {
                    best[key] = similarity;
                }
            }
        }

        return [.. best.OrderByDescending(p => p.Value).Take(FusionDepth).Select(p => (p.Key, p.Value))];
    }

    /// <summary>Both rankings as one, by reciprocal rank fusion: an article high in either, or fair in both, comes first.</summary>
    private static List<(string Key, float Score)> Fuse(List<(string Key, float Score)> byWords, List<(string Key, float Score)> byMeaning)
    {
        var fused = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (var (ranking, weight) in new[] { (byWords, 1f), (byMeaning, MeaningWeight) })
        {
            for (var rank = 0; rank < ranking.Count; rank++)
            {
                fused[ranking[rank].Key] = fused.GetValueOrDefault(ranking[rank].Key) + (weight / (FusionK + rank + 1));
            }
        }

        // Ties keep the words' order: a list that matches by words alone comes out as it went in.
        var order = byWords.Select((w, i) => (w.Key, i)).ToDictionary(p => p.Key, p => p.i, StringComparer.Ordinal);
        return [.. fused.OrderByDescending(p => p.Value).ThenBy(p => order.GetValueOrDefault(p.Key, int.MaxValue)).Select(p => (p.Key, p.Value))];
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
