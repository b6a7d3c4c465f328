using MuscleSpasmInfo.Content.Tests.TestSupport;

namespace MuscleSpasmInfo.Content.Tests.Catalog;

/// <summary>
/// Two files asking for one slug: the file named after the slug keeps the URL, else the file that served it before,
/// else (at a cold start) the path that sorts first; the error names both files and sits on the one left out.
/// </summary>
public sealed class DuplicateSlugTests : IDisposable
{
    private readonly TempContent _content = new();

    public DuplicateSlugTests() => _content.WriteCategories();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void A_copy_saved_under_another_name_never_takes_the_url_from_the_file_named_after_the_slug()
    {
        _content.Article("night-cramps.md", "title: Night cramps\ncategory: causes");
        _content.Article("a-copy.md", "title: Half-finished copy\nslug: night-cramps\ncategory: causes");

        var snapshot = Loading.Load(_content.Root);

        Assert.Equal("Night cramps", snapshot.FindArticle("night-cramps")!.Title);
        var error = Assert.Single(snapshot.Errors());
        Assert.Equal("a-copy.md", error.Path);
        Assert.Equal(3, error.Line); // the slug: line, after --- and title:
        Assert.Contains("night-cramps.md", error.Message, StringComparison.Ordinal);
        Assert.Contains("a-copy.md", error.Message, StringComparison.Ordinal);
        Assert.Contains("a-copy.md", snapshot.SkippedFiles);
    }

    [Fact]
    public void Without_a_file_named_after_the_slug_the_file_that_served_it_keeps_it()
    {
        _content.Article("zz-live.md", "title: Live page\nslug: cramps\ncategory: causes");
        var loader = Loading.LoaderFor(_content.Root);
        loader.Load();

        var copy = _content.Article("aa-draft.md", "title: Draft copy\nslug: cramps\ncategory: causes");
        var snapshot = loader.Load([copy]);

        Assert.Equal("Live page", snapshot.FindArticle("cramps")!.Title);
        Assert.Equal("aa-draft.md", Assert.Single(snapshot.Errors()).Path);
    }

    [Fact]
    public void At_a_cold_start_with_neither_rule_the_path_that_sorts_first_is_served()
    {
        _content.Article("zz-second.md", "title: Second\nslug: cramps\ncategory: causes");
        _content.Article("aa-first.md", "title: First\nslug: cramps\ncategory: causes");

        var snapshot = Loading.Load(_content.Root);

        Assert.Equal("First", snapshot.FindArticle("cramps")!.Title);
        Assert.Equal("zz-second.md", Assert.Single(snapshot.Errors()).Path);
    }
}
