using MuscleSpasmInfo.Content.Catalog;
using MuscleSpasmInfo.Content.Markdown;
using MuscleSpasmInfo.Content.Search;

namespace MuscleSpasmInfo.Content.Tests.Search;

/// <summary>
/// The search service follows the snapshots it is given: an edit replaces one document, a deletion removes one, and
/// searches running while it indexes never meet a closed reader (readers are counted by the searcher manager, not timed).
/// </summary>
public sealed class SearchServiceTests : IDisposable
{
    private static readonly string[] Titles = ["Night cramps", "Quinine and night cramps"];

    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void Indexing_the_next_snapshot_finds_the_edit_and_forgets_the_deleted_article()
    {
        var loader = Site();
        using var search = SearchService.For(loader.Load());
        Assert.Empty(search.Search("quinine").Hits);

        _content.Article("night.md", "title: Quinine and night cramps\ncategory: causes", "Cramps wake people at night.");
        File.Delete(Path.Combine(_content.Root, "heat.md"));
        var next = loader.Load();
        search.Index(next);

        Assert.Same(next.FindArticle("night"), Assert.Single(search.Search("quinine").Hits).Article);
        Assert.Empty(search.Search("water").Hits);
        Assert.Equal(1, search.Count);
        Assert.Equal(next.Version, search.Version);
    }

    [Fact]
    public void An_older_snapshot_never_replaces_a_newer_one()
    {
        var loader = Site();
        var first = loader.Load();
        _content.Article("night.md", "title: Quinine and night cramps\ncategory: causes", "Cramps wake people at night.");
        var second = loader.Load();
        using var search = new SearchService();

        search.Index(second);
        search.Index(first);

        Assert.Equal(second.Version, search.Version);
        Assert.Single(search.Search("quinine").Hits);
    }

    [Fact]
    public async Task Searches_running_while_snapshots_are_indexed_all_complete_with_one_version_or_the_other()
    {
        var loader = Site();
        var plain = loader.Load();
        _content.Article("night.md", "title: Quinine and night cramps\ncategory: causes", "Cramps wake people at night.");
        var edited = loader.Load();
        using var search = SearchService.For(plain);
        using var stop = new CancellationTokenSource();
        var searched = new int[2];

        var searchers = Enumerable.Range(0, 2).Select(n => Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                var hit = Assert.Single(search.Search("cramps").Hits).Article;
                Assert.Contains(hit.Title, Titles);
                Interlocked.Increment(ref searched[n]);
            }
        })).ToList();

        // Snapshots with one version of the article, then the other, as edits would make them, until both searchers
        // have searched many times while the index changed under them.
        var round = 0;
        while ((round < 100 || searched.Min() < 50) && !searchers.Any(t => t.IsCompleted))
        {
            var articles = round % 2 == 0 ? edited.Articles : plain.Articles;
            search.Index(edited.Version + ++round, articles, edited.Synonyms);
        }

        await stop.CancelAsync();
        await Task.WhenAll(searchers);
        Assert.All(searched, n => Assert.True(n >= 50));
    }

    /// <summary>A site of two articles, loaded as the site loads it.</summary>
    private ContentLoader Site()
    {
        _content.Write("categories.yml", "- slug: causes\n  name: Causes\n");
        _content.Article("night.md", "title: Night cramps\ncategory: causes", "Cramps wake people at night.");
        _content.Article("heat.md", "title: Heat\ncategory: causes", "Heat and water loss.");
        return new ContentLoader(new ContentOptions { Path = _content.Root }, new MarkdownRenderer());
    }
}
