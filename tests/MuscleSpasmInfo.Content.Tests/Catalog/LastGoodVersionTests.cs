using MuscleSpasmInfo.Content.Tests.TestSupport;

namespace MuscleSpasmInfo.Content.Tests.Catalog;

public sealed class LastGoodVersionTests : IDisposable
{
    private readonly TempContent _content = new();

    public LastGoodVersionTests() => _content.WriteCategories();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void A_broken_edit_keeps_the_last_good_version_served_and_reports_the_error()
    {
        // Arrange
        var path = _content.Article("cramps.md", "title: Cramps\ncategory: causes", "The good version.");
        var loader = Loading.LoaderFor(_content.Root);
        Assert.NotNull(loader.Load().FindArticle("cramps"));

        // Act: the edit breaks the YAML on line 3.
        File.WriteAllText(path, "---\ntitle: Cramps\ncategory: [causes\nsummary: oops\n---\n\nThe broken version.\n");
        var snapshot = loader.Load();

        // Assert
        var served = snapshot.FindArticle("cramps");
        Assert.NotNull(served);
        Assert.Contains("The good version.", served.Body.Html, StringComparison.Ordinal);
        Assert.Contains(snapshot.Errors(), p => p.Path == "cramps.md" && p.Message.StartsWith("YAML syntax error", StringComparison.Ordinal));
        Assert.Contains(snapshot.Problems, p => p.Path == "cramps.md" && p.Severity == ProblemSeverity.Warning && p.Message.Contains("last good version", StringComparison.Ordinal));
        Assert.Contains("cramps.md", snapshot.SkippedFiles);
    }

    [Fact]
    public void A_file_emptied_by_an_edit_keeps_the_last_good_version()
    {
        var path = _content.Article("cramps.md", "title: Cramps\ncategory: causes", "The good version.");
        var loader = Loading.LoaderFor(_content.Root);
        loader.Load();

        File.WriteAllText(path, "");
        var snapshot = loader.Load();

        Assert.Contains("The good version.", snapshot.FindArticle("cramps")?.Body.Html ?? "", StringComparison.Ordinal);
        Assert.Contains(snapshot.Errors(), p => p.Path == "cramps.md" && p.Message.Contains("empty", StringComparison.Ordinal));
    }

    [Fact]
    public void Fixing_the_file_serves_the_new_version_without_problems()
    {
        var path = _content.Article("cramps.md", "title: Cramps\ncategory: causes", "Version one.");
        var loader = Loading.LoaderFor(_content.Root);
        loader.Load();
        File.WriteAllText(path, "---\ntitle: [Cramps\n---\n");
        loader.Load();

        File.WriteAllText(path, "---\ntitle: Cramps\ncategory: causes\n---\n\nVersion three, fixed.\n");
        var snapshot = loader.Load();

        Assert.Contains("Version three, fixed.", snapshot.FindArticle("cramps")!.Body.Html, StringComparison.Ordinal);
        Assert.Empty(snapshot.Errors());
        Assert.Empty(snapshot.SkippedFiles);
    }

    [Fact]
    public void A_deleted_file_is_gone_from_the_next_snapshot()
    {
        var path = _content.Article("cramps.md", "title: Cramps\ncategory: causes");
        var loader = Loading.LoaderFor(_content.Root);
        loader.Load();

        File.Delete(path);
        var snapshot = loader.Load();

        Assert.Null(snapshot.FindArticle("cramps"));
        Assert.Empty(snapshot.Problems);
    }

    [Fact]
    public void A_file_deleted_while_broken_does_not_come_back_when_recreated_broken()
    {
        var path = _content.Article("cramps.md", "title: Cramps\ncategory: causes");
        var loader = Loading.LoaderFor(_content.Root);
        loader.Load();
        File.WriteAllText(path, "no front matter at all\n");
        loader.Load();

        File.Delete(path);
        Assert.Null(loader.Load().FindArticle("cramps"));
        File.WriteAllText(path, "still no front matter\n");
        var snapshot = loader.Load();

        Assert.Null(snapshot.FindArticle("cramps"));
        Assert.Contains(snapshot.Errors(), p => p.Path == "cramps.md" && p.Message.StartsWith("no front matter", StringComparison.Ordinal));
    }

    [Fact]
    public void A_new_file_that_was_never_good_is_left_out()
    {
        _content.Article("good.md", "title: Good\ncategory: causes");
        _content.Write("bad.md", "---\ntitle: Bad\ncategory: nowhere\n---\n\nText.\n");

        var snapshot = Loading.Load(_content.Root);

        Assert.NotNull(snapshot.FindArticle("good"));
        Assert.Null(snapshot.FindArticle("bad"));
        Assert.Equal(["bad.md"], snapshot.SkippedFiles);
    }

    [Fact]
    public void A_fresh_loader_has_no_last_good_version_to_fall_back_on()
    {
        var path = _content.Article("cramps.md", "title: Cramps\ncategory: causes");
        Loading.LoaderFor(_content.Root).Load();
        File.WriteAllText(path, "---\ntitle: [Cramps\n---\n");

        var snapshot = Loading.LoaderFor(_content.Root).Load();

        Assert.Null(snapshot.FindArticle("cramps"));
    }

    [Fact]
    public void A_broken_categories_file_keeps_the_last_good_categories()
    {
        _content.Article("cramps.md", "title: Cramps\ncategory: causes");
        var loader = Loading.LoaderFor(_content.Root);
        loader.Load();

        _content.Write("categories.yml", "- slug: causes\n  name: [Causes\n");
        var snapshot = loader.Load();

        Assert.NotNull(snapshot.FindCategory("causes"));
        Assert.NotNull(snapshot.FindArticle("cramps"));
        Assert.Contains(snapshot.Errors(), p => p.Path == "categories.yml");
    }

    [Fact]
    public void An_unchanged_file_is_not_parsed_again()
    {
        _content.Article("cramps.md", "title: Cramps\ncategory: causes");
        var loader = Loading.LoaderFor(_content.Root);

        var first = loader.Load().FindArticle("cramps")!;
        var second = loader.Load().FindArticle("cramps")!;

        Assert.Same(first.Body, second.Body);
    }
}
