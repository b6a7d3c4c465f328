using MuscleSpasmInfo.Content.Catalog;
using MuscleSpasmInfo.Content.FrontMatter;
using MuscleSpasmInfo.Content.Markdown;
using MuscleSpasmInfo.Content.Tests.TestSupport;

namespace MuscleSpasmInfo.Content.Tests.FrontMatter;

/// <summary>Dates as other tools write them: yyyy-mm-dd, or a YAML timestamp taken as its date in the site's time zone.</summary>
public sealed class FrontMatterDateTests
{
    private const string Path = "article.md";

    private static ParsedFile ParseFile(string text, string timeZone = "UTC") =>
        new FileParser(new MarkdownRenderer(), TimeZoneInfo.FindSystemTimeZoneById(timeZone)).Parse(Path, System.Text.Encoding.UTF8.GetBytes(text));

    [Theory]
    [InlineData("2019-01-28", "UTC", "2019-01-28")]
    [InlineData("2019-01-28T08:44:00Z", "UTC", "2019-01-28")] // Hugo
    [InlineData("2019-01-28T08:44:00+01:00", "UTC", "2019-01-28")]
    [InlineData("2019-01-28 08:44:00 +01:00", "UTC", "2019-01-28")]
    [InlineData("2019-01-28 08:44:00 +0100", "UTC", "2019-01-28")] // Jekyll
    [InlineData("2019-01-28T08:44", "UTC", "2019-01-28")]
    [InlineData("2001-12-14t21:59:43.10-05:00", "UTC", "2001-12-15")] // the YAML timestamp spec's own examples
    [InlineData("2001-12-14 21:59:43.10 -5", "UTC", "2001-12-15")]
    [InlineData("2019-01-28T23:30:00", "Pacific/Auckland", "2019-01-28")] // no offset: already the site's local time
    [InlineData("2019-01-28T23:30:00Z", "Europe/Berlin", "2019-01-29")] // near midnight: another day in the site's zone
    [InlineData("2019-01-28T00:30:00+01:00", "UTC", "2019-01-27")]
    [InlineData("2019-01-28T02:00:00Z", "America/Los_Angeles", "2019-01-27")]
    [InlineData("2019-07-01T23:30:00Z", "Europe/London", "2019-07-02")] // summer time: UTC+1
    [InlineData("2019-01-01T23:30:00Z", "Europe/London", "2019-01-01")] // winter: UTC+0
    public void A_date_or_timestamp_is_its_calendar_date_in_the_sites_time_zone(string written, string timeZone, string expected)
    {
        var parsed = FrontMatterDate.TryParse(written, TimeZoneInfo.FindSystemTimeZoneById(timeZone), out var date);

        Assert.True(parsed, written);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date);
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("28/01/2019")]
    [InlineData("2019-1-28")]
    [InlineData("2019-02-30")]
    [InlineData("2019-13-01")]
    [InlineData("0000-01-01")]
    [InlineData("2019-01-28T24:00:00Z")]
    [InlineData("2019-01-28T08:61:00Z")]
    [InlineData("2019-01-28T08:44:00+15:00")]
    [InlineData("2019-01-28T08:44:00+01:75")]
    [InlineData("2019-01-28T08:44:00 Europe/London")]
    [InlineData("2019-01-28T08:44:00ZZ")]
    [InlineData("0001-01-01T00:30:00+01:00")]
    [InlineData("2019-01-28T")]
    public void Anything_else_is_not_a_date(string written)
    {
        Assert.False(FrontMatterDate.TryParse(written, TimeZoneInfo.Utc, out _), written);
    }

    [Fact]
    public void Every_date_field_of_a_file_takes_timestamps_in_the_given_zone()
    {
        // Arrange: each 23:30 UTC, which is the next day in Berlin.
        var text = """
            ---
            title: T
            date: 2019-01-28T23:30:00Z
            updated: 2019-02-28 23:30:00 +00:00
            lastReviewed: "2019-03-28T23:30:00+0000"
            nextReview: 2022-03-28
            sources:
              - { title: S, accessed: 2019-04-28T23:30:00Z }
            ---

            Body.
            """;

        // Act
        var file = ParseFile(text, "Europe/Berlin");

        // Assert
        Assert.Empty(file.Problems);
        Assert.Equal(new DateOnly(2019, 1, 29), file.Meta!.Date);
        Assert.Equal(new DateOnly(2019, 3, 1), file.Meta.Updated);
        Assert.Equal(new DateOnly(2019, 3, 29), file.Meta.LastReviewed);
        Assert.Equal(new DateOnly(2022, 3, 28), file.Meta.NextReview);
        Assert.Equal(new DateOnly(2019, 4, 29), file.Meta.Sources[0].Accessed);
    }

    [Theory]
    [InlineData("date: 2019-02-30", "date", "2019-02-30")]
    [InlineData("updated: 2019-01-28T25:00:00Z", "updated", "2019-01-28T25:00:00Z")]
    [InlineData("lastReviewed: 2019-01-28 08:44:00 CET", "lastReviewed", "2019-01-28 08:44:00 CET")]
    [InlineData("nextReview: next spring", "nextReview", "next spring")]
    public void An_invalid_date_is_an_error_naming_the_file_the_line_the_field_and_the_value(string line, string field, string value)
    {
        // Arrange: the faulty field is line 4 of the file.
        var text = $"---\ntitle: T\nsummary: S\n{line}\n---\n\nBody.\n";

        // Act
        var file = ParseFile(text);

        // Assert
        var problem = Assert.Single(file.Problems);
        Assert.Equal((Path, 4, ProblemSeverity.Error), (problem.Path, problem.Line, problem.Severity));
        Assert.StartsWith($"field '{field}' must be a date written yyyy-mm-dd, or a date and time such as 2019-01-28T08:44:00Z", problem.Message, StringComparison.Ordinal);
        Assert.EndsWith($"(not '{value}')", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_loader_reads_dates_in_the_time_zone_of_its_options()
    {
        // Arrange
        using var content = new TempContent();
        content.WriteCategories();
        content.Article("late.md", "title: Late\ncategory: causes\ndate: 2020-01-01T23:30:00Z");

        // Act
        var inUtc = Loading.Load(content.Root);
        var inTokyo = Loading.Load(content.Root, configure: o => o.TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo"));

        // Assert
        Assert.Equal(new DateOnly(2020, 1, 1), inUtc.Articles.Single().Meta.Date);
        Assert.Equal(new DateOnly(2020, 1, 2), inTokyo.Articles.Single().Meta.Date);
    }
}
