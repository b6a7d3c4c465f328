using MuscleSpasmInfo.Content.Catalog;
using MuscleSpasmInfo.Content.Markdown;
using MuscleSpasmInfo.Content.Search;

namespace MuscleSpasmInfo.Content.Tests.Search;

/// <summary>An edit replaces one document in place; the index it came from keeps answering, then lets go of its reader.</summary>
public sealed class SearchIndexEditTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task A_superseded_index_answers_until_its_reader_is_retired_and_the_new_one_finds_the_edit()
    {
        _content.Write("categories.yml", "- slug: causes\n  name: Causes\n");
        _content.Article("night.md", "title: Night cramps\ncategory: causes", "Cramps wake people at night.");
        _content.Article("heat.md", "title: Heat\ncategory: causes", "Heat and water loss.");
        var snapshot = new ContentLoader(new ContentOptions { Path = _content.Root }, new MarkdownRenderer()).Load();
        var night = snapshot.FindArticle("night")!;
        var edited = night with { Meta = night.Meta with { Title = "Quinine and night cramps" } };

        var before = SearchIndex.Build(snapshot.Articles, snapshot.Synonyms, retireAfter: TimeSpan.FromMilliseconds(200));
        var after = before.WithChanged([edited], slug => slug == "night" ? edited : snapshot.FindArticle(slug));

        Assert.Empty(before.Search("quinine").Hits);
        Assert.Same(edited, Assert.Single(after.Search("quinine").Hits).Article);
        Assert.Equal(2, after.Count);

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (DateTime.UtcNow < deadline && !Retired(before))
        {
            await Task.Delay(50);
        }

        Assert.True(Retired(before));
        Assert.Same(edited, Assert.Single(after.Search("quinine").Hits).Article);
    }

    private static bool Retired(SearchIndex index)
    {
        try
        {
            index.Search("cramps");
            return false;
        }
        catch (ObjectDisposedException)
        {
            return true;
        }
    }
}
