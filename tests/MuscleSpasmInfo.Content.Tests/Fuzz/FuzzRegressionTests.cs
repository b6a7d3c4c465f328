using MuscleSpasmInfo.Content.Markdown;
using MuscleSpasmInfo.Content.Tests.TestSupport;

namespace MuscleSpasmInfo.Content.Tests.Fuzz;

/// <summary>Minimal inputs the fuzzer found that broke the engine, kept so they stay fixed.</summary>
public sealed class FuzzRegressionTests
{
    private static readonly MarkdownRenderer Renderer = new();

    public static TheoryData<string> TooDeep() =>
    [
        // Found by the fuzzer: Markdig throws ArgumentException past its nesting limit, which escaped the renderer.
        new string('>', 2000) + " deep",
        string.Concat(Enumerable.Repeat("- ", 2000)) + "deep",
        new string('[', 5000),
    ];

    [Theory]
    [MemberData(nameof(TooDeep))]
    public void Markdown_nested_beyond_markdigs_limit_is_an_error_problem_not_an_exception(string body)
    {
        var rendered = Renderer.Render($"---\ntitle: Deep\n---\n\n{body}\n", "deep.md");

        Assert.Contains(rendered.SanitiserFindings, p => p.Severity == ProblemSeverity.Error && p.Path == "deep.md");
        ScriptSafetyOf(rendered.Html);
    }

    [Fact]
    public void A_file_too_deeply_nested_to_render_is_skipped_with_one_error_and_the_rest_of_the_site_loads()
    {
        // Arrange
        using var content = new TempContent();
        content.WriteCategories();
        content.Article("deep.md", "title: Deep\ncategory: causes", new string('>', 2000) + " deep");
        content.Article("fine.md", "title: Fine\ncategory: causes");

        // Act
        var snapshot = Loading.Load(content.Root);

        // Assert
        var error = Assert.Single(snapshot.Errors());
        Assert.Equal("deep.md", error.Path);
        Assert.Contains("the Markdown cannot be rendered", error.Message, StringComparison.Ordinal);
        Assert.Equal(["deep.md"], snapshot.SkippedFiles);
        Assert.NotNull(snapshot.FindArticle("fine"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n<b>raw HTML makes the sanitiser run</b>\n")]
    public void Aligned_table_columns_render_the_same_with_or_without_raw_html_and_with_no_inline_style(string extra)
    {
        // Regression (found by the safety checker): Markdig wrote style="text-align: …", which the sanitiser stripped.
        var html = Renderer.Render($"| a | b | c |\n|:-:|--:|---|\n| 1 | 2 | 3 |\n{extra}", "table.md").Html;

        ScriptSafetyOf(html);
        Assert.Contains("<th>a</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td>2</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>3</td>", html, StringComparison.Ordinal);
    }

    private static void ScriptSafetyOf(string html) => Security.ScriptSafety.AssertSafe(html, "deep input");
}
