using MuscleSpasmInfo.Content.Catalog;
using MuscleSpasmInfo.Content.FrontMatter;
using MuscleSpasmInfo.Content.Markdown;

namespace MuscleSpasmInfo.Content.Tests.FrontMatter;

public sealed class FrontMatterParserTests
{
    private const string Path = "article.md";

    private static (ArticleFrontMatter? Meta, List<ContentProblem> Problems) Parse(string yaml, int firstLine = 2)
    {
        var problems = new List<ContentProblem>();
        var meta = FrontMatterParser.Parse(yaml, Path, firstLine, problems);
        return (meta, problems);
    }

    /// <summary>Parses a whole file, so lines are the file's own lines, as an editor sees them.</summary>
    private static ParsedFile ParseFile(string text) =>
        new FileParser(new MarkdownRenderer()).Parse(Path, System.Text.Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Every_reserved_field_is_read_into_its_typed_property()
    {
        // Arrange
        var yaml = """
            title: Night cramps
            slug: night-cramps
            summary: Why legs cramp at night.
            date: 2024-03-01
            updated: 2024-04-02
            category: causes
            tags: [sleep, legs]
            related: [muscle-overuse, nerve-damage]
            alsoCalled: [charley horse]
            aliases: [/old/night-cramps]
            sources:
              - title: NHS leg cramps
                url: https://www.nhs.uk/conditions/leg-cramps/
                accessed: 2024-02-28
              - title: A textbook
            author: Jo Writer
            reviewedBy:
              name: Dr Ann Reviewer
              credential: MRCGP
            lastReviewed: 2024-05-01
            nextReview: 2025-05-01
            draft: true
            guide: cramps-guide
            order: 3
            """;

        // Act
        var (meta, problems) = Parse(yaml);

        // Assert
        Assert.Empty(problems);
        Assert.NotNull(meta);
        Assert.Equal("Night cramps", meta.Title);
        Assert.Equal("night-cramps", meta.Slug);
        Assert.Equal("Why legs cramp at night.", meta.Summary);
        Assert.Equal(new DateOnly(2024, 3, 1), meta.Date);
        Assert.Equal(new DateOnly(2024, 4, 2), meta.Updated);
        Assert.Equal("causes", meta.Category);
        Assert.Equal(["sleep", "legs"], meta.Tags);
        Assert.Equal(["muscle-overuse", "nerve-damage"], meta.Related);
        Assert.Equal(["charley horse"], meta.AlsoCalled);
        Assert.Equal(["/old/night-cramps"], meta.Aliases);
        Assert.Equal(
            [
                new Source("NHS leg cramps", "https://www.nhs.uk/conditions/leg-cramps/", new DateOnly(2024, 2, 28)),
                new Source("A textbook", null, null),
            ],
            meta.Sources);
        Assert.Equal("Jo Writer", meta.Author);
        Assert.Equal(new Person("Dr Ann Reviewer", "MRCGP"), meta.ReviewedBy);
        Assert.Equal("Dr Ann Reviewer, MRCGP", meta.ReviewedBy!.Display);
        Assert.Equal(new DateOnly(2024, 5, 1), meta.LastReviewed);
        Assert.Equal(new DateOnly(2025, 5, 1), meta.NextReview);
        Assert.True(meta.Draft);
        Assert.Equal("cramps-guide", meta.Guide);
        Assert.Equal(3, meta.Order);
    }

    [Fact]
    public void Only_a_title_is_required_and_the_rest_default_to_empty()
    {
        var (meta, problems) = Parse("title: Just a title");

        Assert.Empty(problems);
        Assert.NotNull(meta);
        Assert.Null(meta.Slug);
        Assert.Null(meta.Date);
        Assert.Null(meta.Category);
        Assert.Empty(meta.Tags);
        Assert.Empty(meta.Related);
        Assert.Empty(meta.Sources);
        Assert.Null(meta.ReviewedBy);
        Assert.False(meta.Draft);
        Assert.Null(meta.Order);
    }

    [Fact]
    public void A_reviewer_may_be_written_as_a_plain_name()
    {
        var (meta, problems) = Parse("title: T\nreviewedBy: Dr Ann Reviewer");

        Assert.Empty(problems);
        Assert.Equal(new Person("Dr Ann Reviewer", null), meta!.ReviewedBy);
    }

    [Fact]
    public void A_single_value_where_a_list_is_expected_is_accepted_as_a_one_item_list()
    {
        var (meta, problems) = Parse("title: T\ntags: sleep");

        Assert.Empty(problems);
        Assert.Equal(["sleep"], meta!.Tags);
    }

    [Fact]
    public void A_missing_title_is_an_error_and_no_front_matter_is_returned()
    {
        var (meta, problems) = Parse("summary: No title here");

        Assert.Null(meta);
        var problem = Assert.Single(problems);
        Assert.Equal(ProblemSeverity.Error, problem.Severity);
        Assert.Contains("missing required field 'title'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_title_is_an_error_on_the_title_line()
    {
        var (meta, problems) = Parse("summary: s\ntitle: \"  \"", firstLine: 2);

        Assert.Null(meta);
        var problem = Assert.Single(problems);
        Assert.Equal(3, problem.Line);
        Assert.Contains("'title' must not be empty", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("date: yesterday", "'date' must be a date written yyyy-mm-dd")]
    [InlineData("date: 07/05/2016", "'date' must be a date written yyyy-mm-dd")]
    [InlineData("lastReviewed: [2024-01-01]", "'lastReviewed' must be a date")]
    [InlineData("draft: maybe", "'draft' must be true or false")]
    [InlineData("order: first", "'order' must be a whole number")]
    [InlineData("summary: [a, b]", "'summary' must be text")]
    [InlineData("tags: {a: b}", "'tags' must be a list")]
    [InlineData("tags: [[nested]]", "'tags' must be a list of text values")]
    [InlineData("sources: just a string", "'sources' must be a list of sources")]
    [InlineData("sources: [{url: 'https://example.org'}]", "each with at least a title")]
    [InlineData("sources: [{title: T, url: 'javascript:alert(1)'}]", "url values are http or https")]
    [InlineData("reviewedBy: [a, b]", "'reviewedBy' must be a name, or a mapping")]
    public void A_value_of_the_wrong_type_is_an_error_on_its_own_line(string field, string message)
    {
        // Arrange: the faulty field is the second YAML line, which is line 3 of the file.
        var yaml = $"title: T\n{field}";

        // Act
        var (_, problems) = Parse(yaml, firstLine: 2);

        // Assert
        var problem = Assert.Single(problems);
        Assert.Equal(ProblemSeverity.Error, problem.Severity);
        Assert.Equal(3, problem.Line);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_field_is_a_warning_that_suggests_the_field_meant()
    {
        var (meta, problems) = Parse("title: T\nCategory: causes\nfavourite: blue");

        Assert.NotNull(meta);
        Assert.Collection(
            problems,
            p =>
            {
                Assert.Equal((3, ProblemSeverity.Warning), (p.Line, p.Severity));
                Assert.Contains("unknown field 'Category'; did you mean 'category'?", p.Message, StringComparison.Ordinal);
            },
            p =>
            {
                Assert.Equal((4, ProblemSeverity.Warning), (p.Line, p.Severity));
                Assert.Contains("unknown field 'favourite'", p.Message, StringComparison.Ordinal);
            });
    }

    [Fact]
    public void Front_matter_that_is_not_a_mapping_is_an_error()
    {
        var (meta, problems) = Parse("- just\n- a list");

        Assert.Null(meta);
        Assert.Contains("must be a YAML mapping", Assert.Single(problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Field_lines_are_the_lines_of_the_whole_file()
    {
        // Arrange
        var text = "---\ntitle: T\n\ncategory: causes\ntags:\n  - a\n---\n\nBody.\n";

        // Act
        var file = ParseFile(text);

        // Assert
        Assert.Empty(file.Problems);
        Assert.Equal(2, file.Meta!.FieldLines["title"]);
        Assert.Equal(4, file.Meta.FieldLines["category"]);
        Assert.Equal(5, file.Meta.FieldLines["tags"]);
    }

    [Fact]
    public void A_yaml_syntax_error_is_reported_on_its_line_in_the_file()
    {
        // Arrange: line 4 of the file opens a list that never closes (YamlDotNet throws without a location for this one).
        var text = "---\ntitle: T\nsummary: fine\ndate: [2024-01-01\ncategory: causes\n---\n\nBody.\n";

        // Act
        var file = ParseFile(text);

        // Assert
        Assert.Null(file.Meta);
        var problem = Assert.Single(file.Problems);
        Assert.Equal(ProblemSeverity.Error, problem.Severity);
        Assert.StartsWith("YAML syntax error", problem.Message, StringComparison.Ordinal);
        Assert.Equal(4, problem.Line);
    }

    [Fact]
    public void An_unclosed_quote_is_reported_as_a_yaml_syntax_error_inside_the_front_matter()
    {
        var text = "---\ntitle: T\nsummary: \"never closed\n---\n\nBody.\n";

        var file = ParseFile(text);

        var problem = Assert.Single(file.Problems);
        Assert.Equal(ProblemSeverity.Error, problem.Severity);
        Assert.StartsWith("YAML syntax error", problem.Message, StringComparison.Ordinal);
        Assert.InRange(problem.Line, 2, 4);
    }

    [Fact]
    public void A_mapping_value_in_the_wrong_place_is_reported_on_exactly_that_line()
    {
        var text = "---\ntitle: T\nsummary: one: two\n---\n\nBody.\n";

        var file = ParseFile(text);

        var problem = Assert.Single(file.Problems);
        Assert.Equal(3, problem.Line);
        Assert.StartsWith("YAML syntax error", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Line:", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_mark_does_not_hide_the_front_matter()
    {
        var file = new FileParser(new MarkdownRenderer()).Parse(Path, [.. "\uFEFF---\ntitle: T\n---\n\nBody.\n"u8]);

        Assert.Empty(file.Problems);
        Assert.Equal("T", file.Meta!.Title);
    }
}
