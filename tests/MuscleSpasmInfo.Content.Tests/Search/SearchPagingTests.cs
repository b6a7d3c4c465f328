using MuscleSpasmInfo.Content.Search;

namespace MuscleSpasmInfo.Content.Tests.Search;

public sealed class SearchPagingTests : IDisposable
{
    private const int Articles = 25;
    private readonly SearchCorpus _corpus = new();

    public SearchPagingTests()
    {
        for (var i = 0; i < Articles; i++)
        {
            // Different lengths give different scores, so the order is decided by ranking, not by ties.
            _corpus.Article($"stretch-{i:00}", $"Stretch {i}", "Stretching helps. " + string.Concat(Enumerable.Repeat("Rest. ", i)));
        }
    }

    public void Dispose() => _corpus.Dispose();

    [Fact]
    public void Pages_split_the_hits_without_overlap_or_loss()
    {
        var pages = Enumerable.Range(1, 3).Select(p => _corpus.Search("stretching", p, 10)).ToList();

        Assert.All(pages, p => Assert.Equal(Articles, p.TotalHits));
        Assert.All(pages, p => Assert.Equal(3, p.TotalPages));
        Assert.Equal([10, 10, 5], pages.Select(p => p.Hits.Count));
        var slugs = pages.SelectMany(p => p.Hits).Select(h => h.Article.Slug).ToList();
        Assert.Equal(Articles, slugs.Distinct().Count());
        Assert.Equal(_corpus.Search("stretching", 1, Articles).Hits.Select(h => h.Article.Slug), slugs);
    }

    [Fact]
    public void Hits_are_best_first()
    {
        var scores = _corpus.Search("stretching", 1, Articles).Hits.Select(h => h.Score).ToList();

        Assert.Equal(scores.OrderDescending(), scores);
        Assert.True(scores[0] > scores[^1]);
    }

    [Fact]
    public void A_page_past_the_end_is_empty_but_keeps_the_count()
    {
        var results = _corpus.Search("stretching", 4, 10);

        Assert.Equal(4, results.Page);
        Assert.Equal(Articles, results.TotalHits);
        Assert.Empty(results.Hits);
    }
}
