using MuscleSpasmInfo.Content.Categories;
using MuscleSpasmInfo.Content.Tests.TestSupport;

namespace MuscleSpasmInfo.Content.Tests.Categories;

public sealed class CategoryTests : IDisposable
{
    private readonly TempContent _content = new();

    public CategoryTests() => _content.WriteCategories();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void Categories_are_read_with_slug_name_and_description_in_file_order()
    {
        var problems = new List<ContentProblem>();

        var categories = CategoriesFile.Parse("- slug: causes\n  name: Causes\n  description: Why.\n- slug: help\n  name: Help\n", problems);

        Assert.Empty(problems);
        Assert.Equal([new Category("causes", "Causes", "Why."), new Category("help", "Help", "")], categories);
        Assert.Equal("/categories/causes", categories[0].Url);
    }

    [Theory]
    [InlineData("- slug: causes\n- slug: help\n  name: Help\n", 1, "needs a slug and a name")]
    [InlineData("- slug: Bad Slug\n  name: Bad\n", 1, "must be lower-case")]
    [InlineData("- slug: causes\n  name: A\n- slug: causes\n  name: B\n", 3, "listed twice")]
    [InlineData("causes: Causes\n", 1, "must be a list of categories")]
    [InlineData("- slug: causes\n  name: [unclosed\n- slug: x\n", 2, "YAML syntax error")]
    public void A_bad_entry_is_an_error_on_its_line_and_is_left_out(string yaml, int line, string message)
    {
        var problems = new List<ContentProblem>();

        var categories = CategoriesFile.Parse(yaml, problems);

        var problem = Assert.Single(problems);
        Assert.Equal(("categories.yml", line, ProblemSeverity.Error), (problem.Path, problem.Line, problem.Severity));
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(categories, c => c.Slug is not ("causes" or "help"));
    }

    [Fact]
    public void A_category_lists_its_articles_newest_first()
    {
        _content.Article("old.md", "title: Old\ncategory: causes\ndate: 2020-01-01");
        _content.Article("new.md", "title: New\ncategory: causes\ndate: 2024-01-01");
        _content.Article("help.md", "title: Help\ncategory: treatments\ndate: 2023-01-01");

        var snapshot = Loading.Load(_content.Root);
        var causes = snapshot.FindCategory("causes")!;

        Assert.Equal(["new", "old"], snapshot.ArticlesIn(causes).Select(a => a.Slug));
        Assert.Equal("causes", snapshot.CategoryOf(snapshot.FindArticle("old")!)?.Slug);
    }

    [Fact]
    public void More_in_category_is_the_five_newest_others_never_the_article_itself()
    {
        for (var day = 1; day <= 7; day++)
        {
            _content.Article($"a{day}.md", $"title: A{day}\ncategory: causes\ndate: 2024-01-0{day}");
        }

        _content.Article("other.md", "title: Other\ncategory: treatments\ndate: 2024-02-01");

        var snapshot = Loading.Load(_content.Root);
        var more = snapshot.MoreInCategory(snapshot.FindArticle("a7")!);
        var moreForOld = snapshot.MoreInCategory(snapshot.FindArticle("a1")!);

        Assert.Equal(["a6", "a5", "a4", "a3", "a2"], more.Select(a => a.Slug));
        Assert.Equal(["a7", "a6", "a5", "a4", "a3"], moreForOld.Select(a => a.Slug));
    }

    [Fact]
    public void More_in_category_is_empty_for_an_article_alone_in_its_category_or_without_one()
    {
        _content.Article("alone.md", "title: Alone\ncategory: treatments");
        _content.Article("loose.md", "title: Loose");
        _content.Article("cause.md", "title: Cause\ncategory: causes");

        var snapshot = Loading.Load(_content.Root);

        Assert.Empty(snapshot.MoreInCategory(snapshot.FindArticle("alone")!));
        Assert.Empty(snapshot.MoreInCategory(snapshot.FindArticle("loose")!));
        Assert.Null(snapshot.CategoryOf(snapshot.FindArticle("loose")!));
    }

    [Fact]
    public void A_category_not_in_categories_yml_is_an_error_that_keeps_the_article_out()
    {
        _content.Article("a.md", "title: A\nsummary: s\ncategory: treatmnets");

        var snapshot = Loading.Load(_content.Root);

        Assert.Null(snapshot.FindArticle("a"));
        var problem = Assert.Single(snapshot.Errors());
        Assert.Equal(("a.md", 4), (problem.Path, problem.Line));
        Assert.Contains("unknown category 'treatmnets'; categories.yml lists: causes, treatments", problem.Message, StringComparison.Ordinal);
    }
}
