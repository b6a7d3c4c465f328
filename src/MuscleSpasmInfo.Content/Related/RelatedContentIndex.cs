namespace MuscleSpasmInfo.Content.Related;

/// <summary>
/// Every article's most related articles, worked out once when the index is built: editor-pinned slugs first, then
/// candidates by shared tags, text and name similarity and a weak same-category prior (<see cref="RelatedScorer"/>), less
/// a penalty for candidates that are a little similar to everything. The index keeps only the finished lists.
/// </summary>
public sealed class RelatedContentIndex
{
    private readonly RelatedContentOptions _options;
    private readonly RelatedDocument[] _documents;
    private readonly Dictionary<string, int> _bySlug;
    private readonly int[][] _lists;
    private readonly string[] _newest;

    // The newest few of each category: the fallback for an article with nothing in common with any other.
    private readonly Dictionary<string, string[]> _byCategory;

    /// <summary>
    /// Scores <paramref name="documents"/>, whose terms are already counted, and keeps each one's list; the index is
    /// read-only afterwards and depends on nothing but the documents, so any two builds of the same documents answer alike.
    /// Cancelling <paramref name="cancellationToken"/> stops the scoring with <see cref="OperationCanceledException"/>.
    /// </summary>
    public RelatedContentIndex(IReadOnlyList<RelatedDocument> documents, RelatedContentOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        _options = options ?? new RelatedContentOptions();
        _documents = [.. documents];
        _bySlug = new Dictionary<string, int>(documents.Count, StringComparer.Ordinal);
        for (var i = 0; i < documents.Count; i++)
        {
            _bySlug[documents[i].Slug] = i;
        }

        // Two passes: the hub penalty of a candidate needs its own closest articles, so every article is scored first.
        var parallelism = Parallelism.Options(cancellationToken);
        var scorer = new RelatedScorer(_documents, _options, parallelism);
        var scored = new ((int Doc, RelatedScore Score)[] Candidates, double Hub)[documents.Count];
        Parallel.For(0, documents.Count, parallelism, i => scored[i] = scorer.Candidates(i));
        _lists = new int[documents.Count][];
        Parallel.For(0, documents.Count, parallelism, i =>
            _lists[i] = [.. scorer.Best(scored[i].Candidates, c => scorer.Ranked(c.Score, scored[c.Doc].Hub), _options.Count + _documents[i].Pinned.Count).Select(c => c.Doc)]);
        _newest = [.. Enumerable.Range(0, _documents.Length).Order(Comparer<int>.Create(scorer.NewestFirst)).Take(_options.Count + 1).Select(i => _documents[i].Slug)];
        _byCategory = _documents.Select((d, i) => (d.Category, i)).Where(d => d.Category is not null)
            .GroupBy(d => d.Category!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(d => d.i).Order(Comparer<int>.Create(scorer.NewestFirst)).Take(_options.Count + 1).Select(i => _documents[i].Slug).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The related slugs for <paramref name="slug"/>, best first, never itself; empty for an unknown slug.</summary>
    public IReadOnlyList<string> For(string slug)
    {
        if (!_bySlug.TryGetValue(slug, out var self))
        {
            return [];
        }

        var doc = _documents[self];
        var result = new List<string>(_options.Count);
        Fill(result, doc.Pinned.Where(_bySlug.ContainsKey), slug);
        Fill(result, _lists[self].Select(i => _documents[i].Slug), slug);

        // Nothing in common with anything: fall back to the same category, then to the newest articles, so the section is never empty.
        if (result.Count == 0)
        {
            Fill(result, doc.Category is not null && _byCategory.TryGetValue(doc.Category, out var members) ? members : [], slug);
            Fill(result, _newest, slug);
        }

        return result;
    }

    /// <summary>
    /// The candidates for <paramref name="slug"/>'s list, best first, with each part of their scores: the index's own
    /// scoring, for an editor to see why an article is listed or not. Empty for an unknown slug.
    /// </summary>
    public static IReadOnlyList<RelatedCandidate> Explain(IReadOnlyList<RelatedDocument> documents, string slug, RelatedContentOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var self = documents.ToList().FindIndex(d => d.Slug == slug);
        if (self < 0)
        {
            return [];
        }

        var scorer = new RelatedScorer(documents, options ?? new RelatedContentOptions());
        var ranked = scorer.Candidates(self).Candidates.Select(c =>
        {
            var hub = scorer.Candidates(c.Doc).Hub;
            return (c.Doc, Score: new RelatedCandidate(documents[c.Doc].Slug, c.Score, hub, scorer.Ranked(c.Score, hub)));
        }).ToList();
        return [.. scorer.Best(ranked, c => c.Score.Ranked, ranked.Count).Select(c => c.Score)];
    }

    private void Fill(List<string> result, IEnumerable<string> candidates, string self)
    {
        foreach (var candidate in candidates)
        {
            if (result.Count >= _options.Count)
            {
                return;
            }

            if (candidate != self && !result.Contains(candidate))
            {
                result.Add(candidate);
            }
        }
    }
}
