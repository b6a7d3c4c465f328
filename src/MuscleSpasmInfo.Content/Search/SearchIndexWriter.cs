using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using MuscleSpasmInfo.Content.Catalog;

namespace MuscleSpasmInfo.Content.Search;

/// <summary>
/// Writes articles into an in-memory index: each article one document, found again by its slug when it is replaced.
/// </summary>
internal static class SearchIndexWriter
{
    /// <summary>BM25 ranking; the writer and the searcher must agree on it because it decides how field lengths are stored.</summary>
    public static readonly Similarity Similarity = new BM25Similarity();

    // Each writer (one per core in a first build) flushes a segment per this much: at 100,000 articles a buffer as big as
    // the index would hold a whole part's postings in memory at once; 48 MB measured as fast as 256 at 10,000.
    private const double RamBufferMegabytes = 48;

    // Below this many articles, a second writer costs more than it saves.
    private const int ArticlesPerPart = 500;

    /// <summary>Opens a writer on a new, empty in-memory index.</summary>
    public static IndexWriter Create(SearchAnalyzer analyzer) => new(new RAMDirectory(), Config(analyzer));

    /// <summary>
    /// Adds every one of <paramref name="articles"/>, in order, to <paramref name="writer"/>'s empty index, with every core:
    /// the writer takes the first part and each other core a contiguous part into an index of its own, added after it in
    /// order, so documents keep the articles' order (which breaks ties between equal scores) as if written one by one,
    /// and only the other parts are copied. Cancelling <paramref name="cancellationToken"/> stops every part at its next
    /// article and throws <see cref="OperationCanceledException"/>, leaving the index part written.
    /// </summary>
    public static void AddAll(IndexWriter writer, SearchAnalyzer analyzer, IReadOnlyList<Article> articles, CancellationToken cancellationToken = default)
    {
        var parts = Math.Clamp(articles.Count / ArticlesPerPart, 1, Environment.ProcessorCount);
        var directories = new Lucene.Net.Store.Directory[parts - 1];
        try
        {
            Parallel.For(0, parts, part =>
            {
                var from = articles.Count * part / parts;
                var to = articles.Count * (part + 1) / parts;
                if (part == 0)
                {
                    Add(writer, articles, from, to, cancellationToken);
                    return;
                }

                directories[part - 1] = new RAMDirectory();
                using var partWriter = new IndexWriter(directories[part - 1], Config(analyzer));
                Add(partWriter, articles, from, to, cancellationToken);
            });
            cancellationToken.ThrowIfCancellationRequested();
            if (directories.Length > 0)
            {
                writer.AddIndexes(directories); // flushes the writer's own part first, so it comes first
            }
        }
        finally
        {
            foreach (var directory in directories)
            {
                directory?.Dispose();
            }
        }
    }

    private static void Add(IndexWriter writer, IReadOnlyList<Article> articles, int from, int to, CancellationToken cancellationToken)
    {
        for (var i = from; i < to && !cancellationToken.IsCancellationRequested; i++)
        {
            writer.AddDocument(ToDocument(articles[i]));
        }
    }

    private static IndexWriterConfig Config(SearchAnalyzer analyzer) =>
        new(SearchAnalyzer.Version, analyzer)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = Similarity,
            RAMBufferSizeMB = RamBufferMegabytes,
            UseCompoundFile = false,
            // Each edit adds a small segment; merging keeps their number, and so the cost of a search, bounded.
            MergePolicy = new TieredMergePolicy { NoCFSRatio = 0 },
        };

    /// <summary>Writes one article's document; with <paramref name="replace"/>, in place of its old one.</summary>
    public static void Write(IndexWriter writer, Article article, bool replace)
    {
        if (replace)
        {
            writer.UpdateDocument(new Term(SearchFields.Slug, article.Key), ToDocument(article));
        }
        else
        {
            writer.AddDocument(ToDocument(article));
        }
    }

    private static Document ToDocument(Article article)
    {
        var document = new Document
        {
            new StringField(SearchFields.Slug, article.Key, Field.Store.NO),
            new BinaryDocValuesField(SearchFields.Slug, new Lucene.Net.Util.BytesRef(article.Key)),
            Text(SearchFields.Title, article.Title),
            Text(SearchFields.Summary, article.Meta.Summary),
            Text(SearchFields.Body, article.Body.PlainText),
        };

        // Each other name and heading is its own value: the analyser's position gap keeps phrases from spanning two.
        foreach (var name in article.Meta.AlsoCalled)
        {
            document.Add(Text(SearchFields.AlsoCalled, name));
        }

        foreach (var heading in article.Body.Headings)
        {
            document.Add(Text(SearchFields.Headings, heading.Text));
        }

        return document;
    }

    // Nothing is stored: hits map back to the Article objects, which already hold every field.
    private static TextField Text(string name, string? value) => new(name, value ?? string.Empty, Field.Store.NO);
}
