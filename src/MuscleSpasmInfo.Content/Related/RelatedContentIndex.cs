namespace MuscleSpasmInfo.Content.Related;

/// <summary>
/// Finds each article's most related articles: editor-pinned slugs first, then candidates scored by shared tags,
/// shared category and TF-IDF cosine similarity of their texts. Candidates come from inverted indexes (tag → articles,
/// term → articles), so an article is only ever compared with articles it shares something with, never with all of them.
/// Each article keeps only its strongest terms, and tags or terms shared by very many articles are looked up only as far
/// as a fixed number of articles, so the work per article is bounded and the whole index grows linearly.
/// </summary>
public sealed class RelatedContentIndex
{
    [ThreadStatic]
    private static double[]? t_scores;

    private readonly RelatedContentOptions _options;
    private readonly RelatedDocument[] _documents;
    private readonly Dictionary<string, int> _bySlug;
    private readonly Dictionary<string, List<int>> _byTag = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<int>> _byCategory = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(int Doc, double Weight)>> _byTerm = new(StringComparer.Ordinal);
    private readonly KeyValuePair<string, double>[][] _vectors;
    private readonly Dictionary<string, int> _documentFrequency = new(StringComparer.Ordinal);

    /// <summary>
    /// Indexes <paramref name="documents"/>, whose terms are already counted; the index is read-only afterwards and
    /// depends on nothing but the documents, so any two builds of the same documents answer alike.
    /// </summary>
    public RelatedContentIndex(IReadOnlyList<RelatedDocument> documents, RelatedContentOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        _options = options ?? new RelatedContentOptions();
        _documents = [.. documents];
        _bySlug = new Dictionary<string, int>(documents.Count, StringComparer.Ordinal);
        for (var i = 0; i < documents.Count; i++)
        {
            var doc = documents[i];
            _bySlug[doc.Slug] = i;
            foreach (var tag in doc.Tags.Distinct(StringComparer.OrdinalIgnoreCase))
            {
                Add(_byTag, tag, i);
            }

            if (doc.Category is not null)
            {
                Add(_byCategory, doc.Category, i);
            }

            foreach (var (term, _) in doc.TermCounts)
            {
                _documentFrequency[term] = _documentFrequency.GetValueOrDefault(term) + 1;
            }
        }

        foreach (var members in _byTag.Values)
        {
            members.Sort(NewestFirst);
        }

        _vectors = new KeyValuePair<string, double>[documents.Count][];
        Parallel.For(0, documents.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i => _vectors[i] = Vector(documents[i].TermCounts, _documentFrequency, documents.Count, _options.TermsPerDocument));
        for (var i = 0; i < documents.Count; i++)
        {
            foreach (var (term, weight) in _vectors[i])
            {
                if (!_byTerm.TryGetValue(term, out var postings))
                {
                    _byTerm[term] = postings = [];
                }

                postings.Add((i, weight));
            }
        }
    }

    /// <summary>
    /// The order of a tag's articles, newest first then by slug, whatever order the documents came in: it decides which
    /// articles a very common tag contributes, so it must not depend on how the index was built.
    /// </summary>
    private int NewestFirst(int a, int b) =>
        Nullable.Compare(_documents[b].Date, _documents[a].Date) is var byDate && byDate != 0
            ? byDate
            : string.CompareOrdinal(_documents[a].Slug, _documents[b].Slug);

    /// <summary>The related slugs for <paramref name="slug"/>, best first, never itself; empty for an unknown slug.</summary>
    public IReadOnlyList<string> For(string slug)
    {
        if (!_bySlug.TryGetValue(slug, out var self))
        {
            return [];
        }

        var doc = _documents[self];
        var result = new List<string>(_options.Count);
        foreach (var pinned in doc.Pinned)
        {
            if (result.Count < _options.Count && pinned != slug && _bySlug.ContainsKey(pinned) && !result.Contains(pinned))
            {
                result.Add(pinned);
            }
        }

        // Only the best few are needed, so they are picked in one pass rather than by sorting every candidate.
        var ranked = Score(self)
            .Where(s => s.Score >= _options.Threshold)
            .OrderByDescending(s => s.Score)
            .ThenByDescending(s => _documents[s.Doc].Date)
            .ThenBy(s => _documents[s.Doc].Slug, StringComparer.Ordinal)
            .Take(_options.Count + doc.Pinned.Count)
            .Select(s => _documents[s.Doc].Slug);
        Fill(result, ranked, slug);

        // Nothing scored high enough: fall back to the same category, then to the newest articles, so the section is never empty.
        if (result.Count == 0)
        {
            var sameCategory = doc.Category is not null && _byCategory.TryGetValue(doc.Category, out var members) ? members : [];
            Fill(result, Newest(sameCategory), slug);
            Fill(result, Newest(Enumerable.Range(0, _documents.Length)), slug);
        }

        return result;
    }

    /// <summary>The score of every article that shares a tag or a strong term with article <paramref name="self"/>.</summary>
    internal List<(int Doc, double Score)> Score(int self)
    {
        // Scores add up in an array the size of the site, reused by the thread: far cheaper than a dictionary per call.
        var scores = t_scores is { } buffer && buffer.Length >= _documents.Length ? buffer : t_scores = new double[_documents.Length];
        var touched = new List<int>();
        void AddScore(int other, double score)
        {
            if (scores[other] == 0)
            {
                touched.Add(other);
            }

            scores[other] += score;
        }

        var doc = _documents[self];
        foreach (var tag in doc.Tags.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            // Articles are indexed newest first, so a very common tag contributes its newest articles.
            var postings = _byTag[tag];
            for (var i = 0; i < postings.Count && i < _options.MaxPostings; i++)
            {
                AddScore(postings[i], _options.TagWeight);
            }
        }

        foreach (var (term, weight) in _vectors[self])
        {
            var postings = _byTerm[term];
            if (postings.Count > _options.MaxPostings)
            {
                continue; // shared by so many articles that it says little about any two of them
            }

            foreach (var (other, otherWeight) in postings)
            {
                AddScore(other, _options.TextWeight * weight * otherWeight);
            }
        }

        var result = new List<(int Doc, double Score)>(touched.Count);
        foreach (var other in touched)
        {
            var score = scores[other];
            scores[other] = 0;
            if (other != self)
            {
                result.Add((other, doc.Category is not null && doc.Category == _documents[other].Category ? score + _options.CategoryWeight : score));
            }
        }

        return result;
    }

    private IEnumerable<string> Newest(IEnumerable<int> docs) =>
        docs.OrderByDescending(i => _documents[i].Date).ThenBy(i => _documents[i].Slug, StringComparer.Ordinal).Take(_options.Count + 1).Select(i => _documents[i].Slug);

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

    /// <summary>The article's <paramref name="keep"/> strongest terms with their weights in its normalised TF-IDF vector.</summary>
    private static KeyValuePair<string, double>[] Vector(IReadOnlyList<KeyValuePair<string, int>> counts, Dictionary<string, int> documentFrequency, int documentCount, int keep)
    {
        var vector = new KeyValuePair<string, double>[counts.Count];
        var norm = 0.0;
        var i = 0;
        foreach (var (term, count) in counts)
        {
            // Smoothed IDF: a term in every article still weighs a little, which keeps tiny sites comparable.
            var weight = (1 + Math.Log(count)) * Math.Log(1 + ((double)documentCount / documentFrequency[term]));
            vector[i++] = new(term, weight);
            norm += weight * weight;
        }

        norm = norm > 0 ? Math.Sqrt(norm) : 1;
        for (i = 0; i < vector.Length; i++)
        {
            vector[i] = new(vector[i].Key, vector[i].Value / norm);
        }

        Array.Sort(vector, (a, b) => b.Value.CompareTo(a.Value) is var c && c != 0 ? c : string.CompareOrdinal(a.Key, b.Key));
        return vector.Length <= keep ? vector : vector[..keep];
    }

    private static void Add(Dictionary<string, List<int>> index, string key, int doc)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(doc);
    }
}
