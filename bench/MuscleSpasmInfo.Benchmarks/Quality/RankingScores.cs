namespace MuscleSpasmInfo.Benchmarks.Quality;

/// <summary>Related lists scored against curated ones, top <c>K</c>: precision, recall over min(K, curated), hit rate.</summary>
public sealed class RelatedScores(int k)
{
    private double _precision, _recall;
    private int _hits, _topics;

    /// <summary>Scores one topic's list against its curated links; a topic with none is not counted.</summary>
    public void Add(IReadOnlyList<string> listed, IReadOnlyList<string> curated)
    {
        if (curated.Count == 0)
        {
            return;
        }

        var found = listed.Take(k).Count(curated.Contains);
        _precision += (double)found / k;
        _recall += (double)found / Math.Min(k, curated.Count);
        _hits += found > 0 ? 1 : 0;
        _topics++;
    }

    /// <summary>Topics scored.</summary>
    public int Topics => _topics;

    /// <summary>Mean precision@K.</summary>
    public double Precision => _topics == 0 ? 0 : _precision / _topics;

    /// <summary>Mean recall@K over min(K, curated).</summary>
    public double Recall => _topics == 0 ? 0 : _recall / _topics;

    /// <summary>The share of topics with at least one curated link in the top K.</summary>
    public double HitRate => _topics == 0 ? 0 : (double)_hits / _topics;
}

/// <summary>Known-item search scored by the rank of the wanted article: hit@1, hit@3 and MRR@10.</summary>
public sealed class SearchScores
{
    private double _reciprocal;
    private int _first, _three, _queries;

    /// <summary>Scores one query whose answer should be <paramref name="wanted"/>.</summary>
    public void Add(IReadOnlyList<string> ranked, string wanted)
    {
        var rank = ranked.Take(10).ToList().IndexOf(wanted) + 1;
        _reciprocal += rank > 0 ? 1.0 / rank : 0;
        _first += rank == 1 ? 1 : 0;
        _three += rank is > 0 and <= 3 ? 1 : 0;
        _queries++;
    }

    /// <summary>Queries scored.</summary>
    public int Queries => _queries;

    /// <summary>The share of queries whose wanted article came first.</summary>
    public double HitAt1 => _queries == 0 ? 0 : (double)_first / _queries;

    /// <summary>The share of queries whose wanted article was in the first three.</summary>
    public double HitAt3 => _queries == 0 ? 0 : (double)_three / _queries;

    /// <summary>Mean reciprocal rank, counting only the first ten.</summary>
    public double Mrr => _queries == 0 ? 0 : _reciprocal / _queries;
}
