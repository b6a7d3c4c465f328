using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using MuscleSpasmInfo.Content.Catalog;

namespace MuscleSpasmInfo.Content.Search;

/// <summary>
/// Full-text search over a fixed set of articles: stemmed English, synonyms, other names, typo tolerance and
/// BM25 ranking. Built once per content snapshot and never changed; any number of searches may run at once.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    /// <summary>The longest query, in characters, that is searched; longer ones get <see cref="SearchProblem.TooLong"/>.</summary>
    public const int MaxQueryLength = 200;

    /// <summary>The most hits a page may hold; a larger page size is cut to this.</summary>
    public const int MaxPageSize = 100;

    private readonly IReadOnlyList<Article> _articles;
    private readonly EnglishSearchAnalyzer _analyzer;
    private readonly SynonymTable _synonyms;
    private readonly RAMDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly int[] _articleOfDoc;
    private readonly SnippetBuilder _snippets;
    private bool _disposed;

    private SearchIndex(IReadOnlyList<Article> articles, IReadOnlyList<IReadOnlyList<string>> synonyms)
    {
        _articles = [.. articles];
        _analyzer = new EnglishSearchAnalyzer();
        _synonyms = new SynonymTable(synonyms, _analyzer);
        _snippets = new SnippetBuilder(_analyzer);
        _directory = new RAMDirectory();
        SearchIndexWriter.Write(_directory, _analyzer, _articles);
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = SearchIndexWriter.Similarity };
        _articleOfDoc = ArticleOfEachDoc(_reader);
    }

    /// <summary>How many articles the index holds.</summary>
    public int Count => _articles.Count;

    /// <summary>
    /// Indexes <paramref name="articles"/> (in the order given, which breaks ties between equal scores) with the
    /// synonym groups of <see cref="ContentSnapshot.Synonyms"/>. Takes one pass over the articles into memory.
    /// </summary>
    public static SearchIndex Build(IReadOnlyList<Article> articles, IReadOnlyList<IReadOnlyList<string>> synonyms)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(synonyms);
        return new SearchIndex(articles, synonyms);
    }

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
            .Select(d => (Article: _articles[_articleOfDoc[d.Doc]], d.Score))
            .Select(h => new SearchHit(h.Article, h.Score, _snippets.Build(plan.Words, plan.Phrases, h.Article.Body.PlainText, h.Article.Meta.Summary)))
            .ToList();
        var totalPages = (int)((top.TotalHits + (long)pageSize - 1) / pageSize);
        return new SearchResults(cleaned, SearchProblem.None, top.TotalHits, page, pageSize, totalPages, hits,
            DidYouMean.From(cleaned, plan.Corrections, hits.Select(h => h.Article), _analyzer));
    }

    /// <summary>Releases the in-memory index. Call it only once no search on this index can still be running.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }

    // Lucene may number documents differently from the order they were added in; the ordinal doc value maps back.
    private static int[] ArticleOfEachDoc(DirectoryReader reader)
    {
        var map = new int[reader.MaxDoc];
        foreach (var leaf in reader.Leaves)
        {
            var ordinals = leaf.AtomicReader.GetNumericDocValues(SearchFields.Ordinal);
            for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                map[leaf.DocBase + doc] = (int)ordinals.Get(doc);
            }
        }

        return map;
    }
}
