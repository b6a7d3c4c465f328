using MuscleSpasmInfo.Content.Catalog;

namespace MuscleSpasmInfo.Content.Related;

/// <summary>
/// The related-content stage: a snapshot's articles made into an index of related lists. Analysing an article's text is
/// what costs, so each article's term counts are remembered with the article they came from and only an edited article
/// is read again; the index itself is then built from every article's counts, so it is exactly the index a first build
/// makes. One builder serves one chain of snapshots, one build at a time.
/// </summary>
public sealed class RelatedContentBuilder(RelatedContentOptions? options = null)
{
    private Dictionary<string, (Article Article, RelatedDocument Document)> _documents = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    // Below this many articles to count, reading a whole index's postings costs more than analysing them.
    private const int BulkFrom = 256;

    // One copy of each term for all the documents this builder keeps.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _terms = new(StringComparer.Ordinal);

    /// <summary>How many articles the last build analysed.</summary>
    public int Analysed { get; private set; }

    /// <summary>The related-content index of <paramref name="snapshot"/>'s articles.</summary>
    public RelatedContentIndex Build(ContentSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return Build(snapshot.Articles);
    }

    /// <summary>
    /// The related-content index of <paramref name="articles"/> alone, such as one language's (newest first). Given
    /// <paramref name="bulk"/>, many articles to analyse (a first build) take their counts from it instead. Cancelling
    /// <paramref name="cancellationToken"/> (the site stopping) ends the build with <see cref="OperationCanceledException"/>.
    /// </summary>
    public RelatedContentIndex Build(IReadOnlyList<Article> articles, BulkTermCounts? bulk = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        lock (_gate)
        {
            var documents = new RelatedDocument[articles.Count];
            var misses = new List<int>();
            for (var i = 0; i < articles.Count; i++)
            {
                if (_documents.TryGetValue(articles[i].Key, out var known) && ReferenceEquals(known.Article, articles[i]))
                {
                    documents[i] = known.Document;
                }
                else
                {
                    misses.Add(i);
                }
            }

            var counted = bulk is not null && misses.Count >= BulkFrom ? bulk([.. misses.Select(i => articles[i])], Intern) : null;
            Parallel.ForEach(misses, Parallelism.Options(cancellationToken), i => documents[i] = ToDocument(articles[i], counted is not null && counted.TryGetValue(articles[i].Key, out var terms) ? terms : null));
            Analysed = misses.Count;
            _documents = articles.Zip(documents).ToDictionary(d => d.First.Key, d => (d.First, d.Second), StringComparer.Ordinal);
            return new RelatedContentIndex(documents, options, cancellationToken);
        }
    }

    /// <summary>The index of <paramref name="snapshot"/>, built with nothing remembered.</summary>
    public static RelatedContentIndex For(ContentSnapshot snapshot, RelatedContentOptions? options = null) =>
        new RelatedContentBuilder(options).Build(snapshot);

    /// <summary>
    /// The candidates for the related list of the article keyed <paramref name="key"/> in the last index built, with each
    /// part of their scores (<see cref="RelatedContentIndex.Explain"/>): for <c>check --related</c>. It reuses the term
    /// counts that build made, so nothing is analysed again.
    /// </summary>
    public IReadOnlyList<RelatedCandidate> Explain(string key)
    {
        lock (_gate)
        {
            return RelatedContentIndex.Explain([.. _documents.Values.Select(d => d.Document)], key, options);
        }
    }

    private string Intern(ReadOnlySpan<char> term) => Terms.Intern(_terms, term);

    // The title is counted twice in the text: on real health topics that is worth as much as any other change of weights.
    // (IndexedTermCounts reads the same counts from a search index's fields: a change here is a change there.)
    private RelatedDocument ToDocument(Article article, ArticleTerms? counted) =>
        new(article.Key, article.Meta.Category, article.Meta.Tags, article.Meta.Date, [.. article.RelatedKeys],
            counted?.Text ?? Terms.Count($"{article.Title}\n{article.Title}\n{article.Meta.Summary}\n{article.Body.PlainText}", _terms, article.Language),
            counted?.Names ?? Terms.Count(string.Join('\n', article.Meta.AlsoCalled.Prepend(article.Title)), _terms, article.Language));
}
