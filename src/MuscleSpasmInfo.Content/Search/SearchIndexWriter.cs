using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using MuscleSpasmInfo.Content.Catalog;

namespace MuscleSpasmInfo.Content.Search;

/// <summary>Writes every article into a fresh in-memory index in one pass with one writer and one commit.</summary>
internal static class SearchIndexWriter
{
    /// <summary>BM25 ranking; the writer and the searcher must agree on it because it decides how field lengths are stored.</summary>
    public static readonly Similarity Similarity = new BM25Similarity();

    // Big enough that a site's worth of articles is one in-memory segment: no flushes or merges while building.
    private const double RamBufferMegabytes = 256;

    /// <summary>Indexes the articles; article <c>i</c> carries ordinal <c>i</c> so hits map back to it.</summary>
    public static void Write(Lucene.Net.Store.Directory directory, EnglishSearchAnalyzer analyzer, IReadOnlyList<Article> articles)
    {
        var config = new IndexWriterConfig(EnglishSearchAnalyzer.Version, analyzer)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = Similarity,
            RAMBufferSizeMB = RamBufferMegabytes,
            UseCompoundFile = false,
            MergePolicy = NoMergePolicy.NO_COMPOUND_FILES,
        };
        using var writer = new IndexWriter(directory, config);
        for (var i = 0; i < articles.Count; i++)
        {
            writer.AddDocument(ToDocument(articles[i], i));
        }

        writer.Commit();
    }

    private static Document ToDocument(Article article, int ordinal)
    {
        var document = new Document
        {
            new NumericDocValuesField(SearchFields.Ordinal, ordinal),
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
