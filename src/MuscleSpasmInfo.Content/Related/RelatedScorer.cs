namespace MuscleSpasmInfo.Content.Related;

/// <summary>
/// Scores pairs of articles from inverted indexes (tag → articles, term → articles with the term's weight in each
/// article's text and names), so an article is only compared with articles it shares a tag or a strong term with.
/// Each article's text vector keeps its strongest terms; terms and tags shared by very many articles are looked up only
/// so far; only the best few candidates are kept, in bounded heaps. The work per article is therefore bounded, and
/// scoring every article grows linearly with their number.
/// </summary>
internal sealed class RelatedScorer
{
    [ThreadStatic]
    private static Accumulator? t_accumulator;

    private readonly RelatedContentOptions _options;
    private readonly IReadOnlyList<RelatedDocument> _documents;
    private readonly Dictionary<string, List<int>> _byTag = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<Posting>> _byTerm = new(StringComparer.Ordinal);
    private readonly TermWeight[][] _vectors;

    // Each document's category as a number (-1 for none): comparing two ints in the inner loop, not two strings.
    private readonly int[] _categories;
    private readonly IComparer<(double Score, int Doc)> _worstFirst;

    /// <summary>Weighs every document's terms and indexes them; read-only afterwards.</summary>
    public RelatedScorer(IReadOnlyList<RelatedDocument> documents, RelatedContentOptions options, ParallelOptions? parallelism = null)
    {
        _options = options;
        _documents = documents;
        _worstFirst = Comparer<(double Score, int Doc)>.Create((a, b) => a.Score.CompareTo(b.Score) is var c && c != 0 ? c : NewestFirst(b.Doc, a.Doc));
        var categoryIds = new Dictionary<string, int>(StringComparer.Ordinal);
        _categories = [.. documents.Select(d => d.Category is null ? -1 : categoryIds.TryGetValue(d.Category, out var id) ? id : categoryIds[d.Category] = categoryIds.Count)];
        for (var i = 0; i < documents.Count; i++)
        {
            foreach (var tag in documents[i].Tags.Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (!_byTag.TryGetValue(tag, out var members))
                {
                    _byTag[tag] = members = [];
                }

                members.Add(i);
            }
        }

        // A tag's articles newest first: it decides which articles a very common tag contributes.
        foreach (var members in _byTag.Values)
        {
            members.Sort(NewestFirst);
        }

        var text = Idf(documents.Select(d => d.TermCounts), documents.Count);
        var names = Idf(documents.Select(d => d.NameCounts ?? []), documents.Count);
        _vectors = new TermWeight[documents.Count][];
        Parallel.For(0, documents.Count, parallelism ?? Parallelism.Options(), i =>
            _vectors[i] = Vector(documents[i], text, names, options.TermsPerDocument));
        for (var i = 0; i < documents.Count; i++)
        {
            foreach (var weight in _vectors[i])
            {
                if (!_byTerm.TryGetValue(weight.Term, out var postings))
                {
                    _byTerm[weight.Term] = postings = [];
                }

                postings.Add(new Posting(i, (float)weight.Text, (float)weight.Names));
            }
        }
    }

    /// <summary>
    /// Article <paramref name="self"/>'s best candidates, best first, by score before the hub penalty (those that reach
    /// the threshold, a few times as many as a list holds), and its hub score: its mean text similarity to its closest
    /// articles, missing ones counted as 0.
    /// </summary>
    public ((int Doc, RelatedScore Score)[] Candidates, double Hub) Candidates(int self)
    {
        var sums = Accumulate(self);
        var kept = new PriorityQueue<int, (double, int)>(_worstFirst);
        var keep = Math.Max(30, 4 * (_options.Count + _documents[self].Pinned.Count));
        var closest = new PriorityQueue<double, double>();
        foreach (var other in sums.Touched)
        {
            if (other == self)
            {
                continue;
            }

            var score = ScoreOf(sums, self, other);
            var total = score.Total;
            // A candidate below the worst of a full heap would be put in and taken straight out again: skipping the heap
            // then changes nothing (ties still go through it) and saves most of the work of scoring a large site.
            if (total >= _options.Threshold && total > 0 && (kept.Count < keep || !kept.TryPeek(out _, out var worst) || total >= worst.Item1))
            {
                Keep(kept, other, (total, other), keep);
            }

            if (_options.HubNeighbours > 0 && (closest.Count < _options.HubNeighbours || score.Text > closest.Peek()))
            {
                Keep(closest, score.Text, score.Text, _options.HubNeighbours);
            }
        }

        var candidates = new (int Doc, RelatedScore Score)[kept.Count];
        for (var i = candidates.Length - 1; i >= 0; i--)
        {
            var doc = kept.Dequeue();
            candidates[i] = (doc, ScoreOf(sums, self, doc));
        }

        var hub = 0.0;
        while (closest.TryDequeue(out var text, out _))
        {
            hub += text;
        }

        sums.Clear();
        return (candidates, _options.HubNeighbours > 0 ? hub / _options.HubNeighbours : 0);
    }

    /// <summary>What a candidate is ranked by: its score less the penalty for being similar to everything.</summary>
    public double Ranked(RelatedScore score, double hub) => score.Total - (_options.HubPenalty * hub);

    /// <summary>The <paramref name="count"/> best of a few candidates by <paramref name="key"/>, ties to the newer article, then by slug.</summary>
    public IEnumerable<(int Doc, TScore Score)> Best<TScore>(IEnumerable<(int Doc, TScore Score)> candidates, Func<(int Doc, TScore Score), double> key, int count) =>
        candidates.OrderByDescending(key).ThenBy(c => c.Doc, Comparer<int>.Create(NewestFirst)).Take(count);

    /// <summary>Newest first then by slug, whatever order the documents came in, so no order depends on how the index was built.</summary>
    public int NewestFirst(int a, int b) =>
        Nullable.Compare(_documents[b].Date, _documents[a].Date) is var byDate && byDate != 0
            ? byDate
            : string.CompareOrdinal(_documents[a].Slug, _documents[b].Slug);

    private static void Keep<TElement, TPriority>(PriorityQueue<TElement, TPriority> heap, TElement element, TPriority priority, int size)
    {
        if (heap.Count < size)
        {
            heap.Enqueue(element, priority);
        }
        else
        {
            // Replaces the worst kept only when the new one is better.
            _ = heap.EnqueueDequeue(element, priority);
        }
    }

    private RelatedScore ScoreOf(Accumulator sums, int self, int other)
    {
        var category = _categories[self] >= 0 && _categories[self] == _categories[other] ? _options.CategoryWeight : 0;
        return new RelatedScore(sums.Tags[other], category, _options.TextWeight * sums.Text[other],
            _options.NameWeight * sums.Names[other], _options.NamesInTextWeight * sums.NamesInText[other]);
    }

    /// <summary>Adds up the score parts of every article that shares a tag or a strong term with article <paramref name="self"/>.</summary>
    private Accumulator Accumulate(int self)
    {
        // Scores add up in arrays the size of the site, reused by the thread: far cheaper than a dictionary per call.
        var sums = t_accumulator is { } reused && reused.Size >= _documents.Count ? reused : t_accumulator = new Accumulator(_documents.Count);
        foreach (var tag in _documents[self].Tags.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var postings = _byTag[tag];
            for (var i = 0; i < postings.Count && i < _options.MaxPostings; i++)
            {
                sums.Touch(postings[i]);
                sums.Tags[postings[i]] += _options.TagWeight;
            }
        }

        foreach (var mine in _vectors[self])
        {
            var postings = _byTerm[mine.Term];
            if (postings.Count > _options.MaxPostings)
            {
                continue; // shared by so many articles that it says little about any two of them
            }

            foreach (var other in postings)
            {
                sums.Touch(other.Doc);
                sums.Text[other.Doc] += mine.Text * other.Text;
                sums.Names[other.Doc] += mine.Names * other.Names;
                sums.NamesInText[other.Doc] += (mine.Names * other.Text) + (mine.Text * other.Names);
            }
        }

        return sums;
    }

    private static Dictionary<string, double> Idf(IEnumerable<IReadOnlyList<KeyValuePair<string, int>>> counts, int documentCount)
    {
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (term, _) in counts.SelectMany(c => c))
        {
            frequency[term] = frequency.GetValueOrDefault(term) + 1;
        }

        // The plain log(N/df): a term in every article tells nothing about any two of them. (A smoothed IDF that still
        // weighs such terms a little measured no better on real topics.)
        return frequency.ToDictionary(f => f.Key, f => Math.Log((double)documentCount / f.Value), StringComparer.Ordinal);
    }

    /// <summary>
    /// The document's normalised log-TF x IDF weights, text and names each of length 1: its <paramref name="keep"/>
    /// strongest text terms, and every name term (names are short).
    /// </summary>
    private static TermWeight[] Vector(RelatedDocument document, Dictionary<string, double> textIdf, Dictionary<string, double> nameIdf, int keep)
    {
        var text = Normalised(document.TermCounts, textIdf);
        Array.Sort(text, (a, b) => b.Value.CompareTo(a.Value) is var c && c != 0 ? c : string.CompareOrdinal(a.Key, b.Key));
        var weights = new Dictionary<string, TermWeight>(StringComparer.Ordinal);
        foreach (var (term, weight) in text.Take(keep).Where(t => t.Value > 0))
        {
            weights[term] = new TermWeight(term, weight, 0);
        }

        foreach (var (term, weight) in Normalised(document.NameCounts ?? [], nameIdf).Where(t => t.Value > 0))
        {
            weights[term] = weights.TryGetValue(term, out var known) ? known with { Names = weight } : new TermWeight(term, 0, weight);
        }

        return [.. weights.Values];
    }

    private static KeyValuePair<string, double>[] Normalised(IReadOnlyList<KeyValuePair<string, int>> counts, Dictionary<string, double> idf)
    {
        var vector = counts.Select(c => new KeyValuePair<string, double>(c.Key, (1 + Math.Log(c.Value)) * idf[c.Key])).ToArray();
        var norm = Math.Sqrt(vector.Sum(v => v.Value * v.Value));
        return norm > 0 ? [.. vector.Select(v => new KeyValuePair<string, double>(v.Key, v.Value / norm))] : vector;
    }

    private readonly record struct TermWeight(string Term, double Text, double Names);

    // Floats: the postings are the index's bulk, and seven digits are more than a ranking needs.
    private readonly record struct Posting(int Doc, float Text, float Names);

    /// <summary>One thread's running sums per candidate, and which candidates it touched, cleared after each article.</summary>
    private sealed class Accumulator(int size)
    {
        private readonly bool[] _touched = new bool[size];

        public int Size { get; } = size;

        public double[] Tags { get; } = new double[size];

        public double[] Text { get; } = new double[size];

        public double[] Names { get; } = new double[size];

        public double[] NamesInText { get; } = new double[size];

        public List<int> Touched { get; } = [];

        public void Touch(int doc)
        {
            if (!_touched[doc])
            {
                _touched[doc] = true;
                Touched.Add(doc);
            }
        }

        public void Clear()
        {
            foreach (var doc in Touched)
            {
                _touched[doc] = false;
                Tags[doc] = Text[doc] = Names[doc] = NamesInText[doc] = 0;
            }

            Touched.Clear();
        }
    }
}
