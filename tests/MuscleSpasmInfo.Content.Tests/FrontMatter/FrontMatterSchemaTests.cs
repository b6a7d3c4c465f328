using System.Reflection;
using System.Text.RegularExpressions;
using MuscleSpasmInfo.Content.FrontMatter;

namespace MuscleSpasmInfo.Content.Tests.FrontMatter;

/// <summary>The schema is the one declaration of the fields: the record, the parser, the hints and the README follow it.</summary>
public sealed partial class FrontMatterSchemaTests
{
    private static readonly string Readme = File.ReadAllText(System.IO.Path.Combine(Repository.Root, "README.md"));

    /// <summary>A value of each type that differs from the record's default.</summary>
    private static readonly Dictionary<string, string> Samples = new(StringComparer.Ordinal)
    {
        [FieldTypes.Text.Name] = "some-text",
        [FieldTypes.Date.Name] = "2020-01-02",
        [FieldTypes.Boolean.Name] = "true",
        [FieldTypes.WholeNumber.Name] = "7",
        [FieldTypes.TextList.Name] = "[a, b]",
        [FieldTypes.Person.Name] = "{ name: N, credential: C }",
        [FieldTypes.Sources.Name] = "[{ title: S, url: 'https://example.org', accessed: 2020-01-02 }]",
    };

    [Fact]
    public void The_readme_field_table_is_the_schema()
    {
        // Arrange
        var expected = FrontMatterSchema.Fields.Select(RowFor).Select(Normalised).ToList();

        // Act
        var written = ReadmeTableRows();

        // Assert: on failure the message is the table to paste into the README.
        Assert.True(
            expected.SequenceEqual(written, StringComparer.Ordinal),
            "README.md's front-matter field table differs from FrontMatterSchema; it should read:\n" + string.Join('\n', [TableHeader, "|---|---|---|---|---|---|", .. expected]));
    }

    [Fact]
    public void The_readme_example_uses_every_field_and_parses_without_problems()
    {
        // Arrange: the front matter of the README's example article.
        var example = ReadmeExample().Match(Readme);
        Assert.True(example.Success, "README.md has no ```markdown example starting with ---");
        var problems = new List<ContentProblem>();

        // Act
        var meta = FrontMatterParser.Parse(example.Groups["yaml"].Value, "README.md", 1, problems);

        // Assert
        Assert.Empty(problems);
        Assert.Equal(FrontMatterSchema.Fields.Select(f => f.Name).Order(StringComparer.Ordinal), meta!.FieldLines.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_property_of_the_record_is_a_field_of_the_schema()
    {
        var properties = typeof(ArticleFrontMatter).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.Name != nameof(ArticleFrontMatter.FieldLines))
            .Select(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..]);

        Assert.Equal(FrontMatterSchema.Fields.Select(f => f.Name).Order(StringComparer.Ordinal), properties.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Each_field_is_read_into_its_own_property_and_no_other()
    {
        var baseline = FrontMatterParser.Parse("title: T", "a.md", 1, [])!;
        foreach (var field in FrontMatterSchema.Fields)
        {
            // Arrange
            var yaml = field.Name == "title" ? "title: Another" : $"title: T\n{field.Name}: {Samples[field.Type]}";
            var problems = new List<ContentProblem>();

            // Act
            var meta = FrontMatterParser.Parse(yaml, "a.md", 1, problems)!;

            // Assert
            Assert.Empty(problems);
            var changed = typeof(ArticleFrontMatter).GetProperties()
                .Where(p => p.Name != nameof(ArticleFrontMatter.FieldLines) && !SameValue(p.GetValue(baseline), p.GetValue(meta)))
                .Select(p => p.Name);
            Assert.Equal([char.ToUpperInvariant(field.Name[0]) + field.Name[1..]], changed);
        }
    }

    [Theory]
    [InlineData("Category", "category")]
    [InlineData("lastreviewed", "lastReviewed")]
    [InlineData("lastReveiwed", "lastReviewed")]
    [InlineData("lastReview", "lastReviewed")]
    [InlineData("tilte", "title")]
    [InlineData("tag", "tags")]
    [InlineData("lastmod", "updated")]
    [InlineData("description", "summary")]
    [InlineData("categories", "category")]
    [InlineData("redirect_from", "aliases")]
    [InlineData("weight", "order")]
    public void An_unknown_field_is_pointed_at_the_field_it_probably_meant(string written, string meant)
    {
        var problems = new List<ContentProblem>();

        FrontMatterParser.Parse($"title: T\n{written}: x", "a.md", 1, problems);

        var problem = Assert.Single(problems);
        Assert.Equal((2, ProblemSeverity.Warning), (problem.Line, problem.Severity));
        Assert.Equal($"unknown field '{written}'; did you mean '{meant}'?", problem.Message);
    }

    [Theory]
    [InlineData("favourite")]
    [InlineData("colour")]
    [InlineData("x")]
    public void An_unknown_field_near_no_field_gets_no_guess(string written)
    {
        var problems = new List<ContentProblem>();

        FrontMatterParser.Parse($"title: T\n{written}: x", "a.md", 1, problems);

        Assert.Equal($"unknown field '{written}' (a typo?)", Assert.Single(problems).Message);
    }

    private const string TableHeader = "| field | type | required | used by | other tools call it | for editors |";

    private static string RowFor(FrontMatterField field)
    {
        var uses = Enum.GetValues<FieldUse>().Where(u => u != FieldUse.None && field.UsedBy.HasFlag(u)).Select(u => Words().Replace(u.ToString(), " $1").ToLowerInvariant());
        return $"| `{field.Name}` | {field.Type} | {(field.Required ? "yes" : "no")} | {string.Join(", ", uses)} | " +
            $"{string.Join(", ", field.OtherNames.Select(n => $"`{n}`"))} | {field.Description} |";
    }

    private static List<string> ReadmeTableRows()
    {
        var lines = Readme.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var header = lines.IndexOf(TableHeader);
        Assert.True(header >= 0, $"README.md has no table with the header line: {TableHeader}");
        // Cells are compared trimmed and single-spaced, so aligning the table by hand is no failure.
        return [.. lines.Skip(header + 2).TakeWhile(l => l.StartsWith('|')).Select(Normalised)];
    }

    private static string Normalised(string row) => string.Join(" | ", row.Split('|').Select(c => c.Trim())).Trim();

    private static bool SameValue(object? a, object? b) =>
        a is System.Collections.IEnumerable x && b is System.Collections.IEnumerable y && a is not string
            ? x.Cast<object>().SequenceEqual(y.Cast<object>())
            : Equals(a, b);

    [GeneratedRegex("(?<=[a-z])([A-Z])")]
    private static partial Regex Words();

    [GeneratedRegex(@"```markdown\n---\n(?<yaml>.*?)\n---\n", RegexOptions.Singleline)]
    private static partial Regex ReadmeExample();
}
