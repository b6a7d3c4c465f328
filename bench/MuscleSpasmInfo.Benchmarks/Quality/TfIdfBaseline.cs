using MuscleSpasmInfo.Content.Catalog;
using MuscleSpasmInfo.Content.Related;

namespace MuscleSpasmInfo.Benchmarks.Quality;

/// <summary>
/// The plain baseline the real corpus's README names: TF-IDF cosine (log tf x idf) over the title, counted twice, and the
/// text, every term kept, no threshold, each article compared with every other. Quadratic, so only for measuring.
/// </summary>
public sealed class TfIdfBaseline
{
    private readonly IReadOnlyList<Article> _articles;
    private readonly Dictionary<string, double>[] _vectors;
    private readonly Dictionary<string, int> _documentFrequency = new(StringComparer.Ordinal);

    /// <summary>Weighs every article's terms.</summary>
    public TfIdfBaseline(IReadOnlyList<Article> articles)
    {
        _articles = articles;
        var counts = articles.Select(a => Terms.Count($"{a.Title}\n{a.Title}\n{a.Meta.Summary}\n{a.Body.PlainText}")).ToArray();
        foreach (var (term, _) in counts.SelectMany(c => c))
        {
            _documentFrequency[term] = _documentFrequency.GetValueOrDefault(term) + 1;
        }

        _vectors = [.. counts.Select(Vector)];
    }

    /// <summary>The <paramref name="count"/> articles most similar to <paramref name="slug"/>'s, best first.</summary>
    public IReadOnlyList<string> Related(string slug, int count)
    {
        var self = _articles.Select((a, i) => (a, i)).First(x => x.a.Slug == slug).i;
        return [.. Enumerable.Range(0, _articles.Count)
            .Where(i => i != self)
            .Select(i => (i, Score: Cosine(_vectors[self], _vectors[i])))
            .OrderByDescending(x => x.Score)
            .ThenBy(x => _articles[x.i].Slug, StringComparer.Ordinal)
            .Take(count)
            .Select(x => _articles[x.i].Slug)];
    }

    /// <summary>The articles ranked by cosine with the query's terms, best first: the baseline for search.</summary>
    public IReadOnlyList<string> Search(string query, int count)
    {
        var vector = Vector(Terms.Count(query));
        return [.. Enumerable.Range(0, _articles.Count)
            .Select(i => (i, Score: Cosine(vector, _vectors[i])))
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score)
            .ThenBy(x => _articles[x.i].Slug, StringComparer.Ordinal)
            .Take(count)
            .Select(x => _articles[x.i].Slug)];
    }

    private Dictionary<string, double> Vector(KeyValuePair<string, int>[] counts)
    {
        var vector = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (term, count) in counts)
        {
            if (_documentFrequency.TryGetValue(term, out var df))
            {
                vector[term] = (1 + Math.Log(count)) * Math.Log((double)_articles.Count / df);
            }
        }

        var norm = Math.Sqrt(vector.Values.Sum(w => w * w));
        return norm == 0 ? vector : vector.ToDictionary(v => v.Key, v => v.Value / norm, StringComparer.Ordinal);
    }

    private static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var sum = 0.0;
        foreach (var (term, weight) in small)
        {
            if (large.TryGetValue(term, out var other))
            {
                sum += weight * other;
            }
        }

        return sum;
    }
}
