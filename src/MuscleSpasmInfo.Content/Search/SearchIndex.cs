using Lucene.Net.Index;
using Lucene.Net.Search;
using MuscleSpasmInfo.Content.Catalog;

namespace MuscleSpasmInfo.Content.Search;

/// <summary>
/// Full-text search over a fixed set of articles: stemmed English, synonyms, other names, typo tolerance and
/// BM25 ranking. Built once per content snapshot and never changed; any number of searches may run at once.
/// The index of the next snapshot after an edit shares this one's writer and replaces only the edited articles'
/// documents; each index reads through its own point-in-time reader, so it keeps seeing its own articles.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    /// <summary>The longest query, in characters, that is searched; longer ones get <see cref="SearchProblem.TooLong"/>.</summary>
    public const int MaxQueryLength = 200;

    /// <summary>The most hits a page may hold; a larger page size is cut to this.</summary>
    public const int MaxPageSize = 100;

    /// <summary>How long a superseded index keeps its reader open for searches that began on it.</summary>
    public static readonly TimeSpan DefaultRetireAfter = TimeSpan.FromSeconds(5);

    private readonly Func<string, Article?> _articleBySlug;
    private readonly EnglishSearchAnalyzer _analyzer;
    private readonly SynonymTable _synonyms;
    private readonly IndexWriter _writer;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly SnippetBuilder _snippets;
    private readonly TimeSpan _retireAfter;
    private bool _disposed;

    private SearchIndex(IReadOnlyList<Article> articles, IReadOnlyList<IReadOnlyList<string>> synonyms, TimeSpan retireAfter)
    {
        _retireAfter = retireAfter;
        var bySlug = articles.ToDictionary(a => a.Slug, StringComparer.Ordinal);
        _articleBySlug = bySlug.GetValueOrDefault;
        _analyzer = new EnglishSearchAnalyzer();
        _synonyms = new SynonymTable(synonyms, _analyzer);
        _snippets = new SnippetBuilder(_analyzer);
        _writer = SearchIndexWriter.Create(_analyzer, articles);
        _reader = DirectoryReader.Open(_writer, applyAllDeletes: true);
        _searcher = new IndexSearcher(_reader) { Similarity = SearchIndexWriter.Similarity };
    }

    private SearchIndex(SearchIndex previous, IReadOnlyList<Article> changed, Func<string, Article?> articleBySlug)
    {
        _articleBySlug = articleBySlug;
        _retireAfter = previous._retireAfter;
        _analyzer = previous._analyzer;
        _synonyms = previous._synonyms;
        _snippets = previous._snippets;
        _writer = previous._writer;
        SearchIndexWriter.Update(_writer, changed);
        var reader = DirectoryReader.OpenIfChanged(previous._reader, _writer, applyAllDeletes: true);
        _reader = reader ?? previous._reader;
        _searcher = new IndexSearcher(_reader) { Similarity = SearchIndexWriter.Similarity };
        if (reader is not null)
        {
            previous.Retire();
        }
    }

    /// <summary>
    /// Closes this index's reader once searches that began on it are surely over. Until a reader opened from the writer
    /// is closed, the writer keeps every file that reader uses, so without this each edit would leave its segments in
    /// memory for good. A page's search takes milliseconds; the wait is generous so none is cut short.
    /// </summary>
    private void Retire() => _ = Task.Delay(_retireAfter).ContinueWith(_ => Dispose(), TaskScheduler.Default);

    /// <summary>How many articles the index holds.</summary>
    public int Count => _reader.NumDocs;

    /// <summary>
    /// Indexes <paramref name="articles"/> (in the order given, which breaks ties between equal scores) with the
    /// synonym groups of <see cref="ContentSnapshot.Synonyms"/>. Takes one pass over the articles into memory.
    /// An index made from this one by an edit closes this one's reader <paramref name="retireAfter"/> later
    /// (<see cref="DefaultRetireAfter"/> when not given).
    /// </summary>
    public static SearchIndex Build(IReadOnlyList<Article> articles, IReadOnlyList<IReadOnlyList<string>> synonyms, TimeSpan? retireAfter = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(synonyms);
        return new SearchIndex(articles, synonyms, retireAfter ?? DefaultRetireAfter);
    }

    /// <summary>
    /// The index of the next snapshot: <paramref name="changed"/> are new versions of articles of this one (same slugs),
    /// and <paramref name="articleBySlug"/> finds the next snapshot's articles. Call it once per index, in snapshot
    /// order: the indexes of one chain share a writer.
    /// </summary>
    internal SearchIndex WithChanged(IReadOnlyList<Article> changed, Func<string, Article?> articleBySlug) =>
        new(this, changed, articleBySlug);

    /// <summary>
    /// Searches for what a reader typed and returns one page of hits, best first. Never throws for any query text:
    /// only double quotes (for phrases) have meaning; the rest is words. Page and page size are clamped to sense.
    /// </summary>
    public SearchResults Search(string? query, int page = 1, int pageSize = 10)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
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

        var plan = new QueryPlanner(_analyzer, _synonyms, _reader).Plan(cleaned);
        if (plan.Query is null || _reader.MaxDoc == 0)
        {
            return SearchResults.Nothing(cleaned, SearchProblem.None, page, pageSize);
        }

        var skip = (long)(page - 1) * pageSize;
        var wanted = (int)Math.Min(skip + pageSize, _reader.MaxDoc);
        var top = _searcher.Search(plan.Query, wanted);
        var hits = top.ScoreDocs
            .Skip((int)Math.Min(skip, int.MaxValue))
            .Select(d => (Article: ArticleOf(d.Doc), d.Score))
            .Select(h => new SearchHit(h.Article, h.Score, _snippets.Build(plan.Words, plan.Phrases, h.Article.Body.PlainText, h.Article.Meta.Summary)))
            .ToList();
        var totalPages = (int)((top.TotalHits + (long)pageSize - 1) / pageSize);
        return new SearchResults(cleaned, SearchProblem.None, top.TotalHits, page, pageSize, totalPages, hits,
            DidYouMean.From(cleaned, plan.Corrections, hits.Select(h => h.Article), _analyzer));
    }

    /// <summary>
    /// Releases this index's reader. Call it only once no search on this index can still be running. The writer and
    /// its memory are shared with the indexes of later snapshots, and go when the last of them is no longer used.
    /// </summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _reader.Dispose();
    }

    /// <summary>The article of a hit, through the slug each document carries.</summary>
    private Article ArticleOf(int doc)
    {
        var leaves = _reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var slug = new Lucene.Net.Util.BytesRef();
        leaf.AtomicReader.GetBinaryDocValues(SearchFields.Slug).Get(doc - leaf.DocBase, slug);
        return _articleBySlug(slug.Utf8ToString())
            ?? throw new InvalidOperationException($"the search index holds '{slug.Utf8ToString()}', which its snapshot does not");
    }
}
