using MuscleSpasmInfo.Content.Checks;
using MuscleSpasmInfo.Content.Tests.TestSupport;

namespace MuscleSpasmInfo.Content.Tests.Checks;

/// <summary>Every check is a registered unit with a stable code; warnings can be turned off per site or per file.</summary>
public sealed class CheckRegistryTests : IDisposable
{
    private readonly TempContent _content = new();

    public CheckRegistryTests() => _content.WriteCategories();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void Codes_are_unique_and_stable_in_form()
    {
        Assert.Equal(ContentChecks.All.Count, ContentChecks.All.Select(c => c.Code).Distinct().Count());
        Assert.All(ContentChecks.All, c => Assert.Matches("^MSI[0-9]{3}$", c.Code));
        Assert.Equal(ContentChecks.All.Select(c => c.Code).Order(StringComparer.Ordinal), ContentChecks.All.Select(c => c.Code));
    }

    [Fact]
    public void Every_problem_of_the_broken_samples_names_a_registered_check_of_its_severity()
    {
        var snapshot = Loading.Load(Path.Combine(AppContext.BaseDirectory, "Samples", "broken"));

        Assert.NotEmpty(snapshot.Problems);
        Assert.All(snapshot.Problems, p => Assert.Equal(p.Severity, ContentChecks.Find(p.Code)?.Severity));
        Assert.All(snapshot.Problems, p => Assert.EndsWith($" [{p.Code}]", p.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void A_warning_turned_off_for_the_site_is_not_reported_and_an_error_cannot_be_turned_off()
    {
        _content.Article("plain.md", "title: Plain\ncategory: causes", "Some text.");
        _content.Article("lost.md", "title: Lost\ncategory: nowhere", "Some text.");

        var reported = Loading.Load(_content.Root);
        var quiet = Loading.Load(_content.Root, configure: o =>
        {
            o.IgnoreChecks.Add(ContentChecks.MissingReview.Code);
            o.IgnoreChecks.Add(ContentChecks.UnknownCategory.Code);
            o.IgnoreChecks.Add("MSI999");
        });

        Assert.Contains(reported.Problems, p => p.Code == ContentChecks.MissingReview.Code);
        Assert.DoesNotContain(quiet.Problems, p => p.Code == ContentChecks.MissingReview.Code);
        Assert.Contains(quiet.Problems, p => p.Code == ContentChecks.UnknownCategory.Code);
        Assert.Contains(quiet.Problems, p => p.Code == ContentChecks.BadIgnore.Code && p.Message.Contains("MSI020", StringComparison.Ordinal));
        Assert.Contains(quiet.Problems, p => p.Code == ContentChecks.BadIgnore.Code && p.Message.Contains("'MSI999'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_can_turn_off_a_warning_for_itself_only()
    {
        _content.Article("quiet.md", "title: Quiet\ncategory: causes\nignore: [MSI050]", "Some text.");
        _content.Article("loud.md", "title: Loud\ncategory: causes", "Some text.");

        var snapshot = Loading.Load(_content.Root);

        Assert.DoesNotContain(snapshot.ProblemsIn("quiet.md"), p => p.Code == ContentChecks.MissingReview.Code);
        Assert.Contains(snapshot.ProblemsIn("loud.md"), p => p.Code == ContentChecks.MissingReview.Code);
    }

    [Fact]
    public void Check_list_is_the_registry_one_check_a_line()
    {
        var lines = ContentChecks.All.Select(c => c.ToString()).ToList();

        Assert.All(ContentChecks.All.Zip(lines), pair => Assert.StartsWith(pair.First.Code + "  ", pair.Second, StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("MSI043  warning  ", StringComparison.Ordinal) && l.Contains("media", StringComparison.Ordinal));
    }

    [Fact]
    public void The_readme_table_of_checks_is_the_registry()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));
        var section = readme[readme.IndexOf("## The content check", StringComparison.Ordinal)..];
        var rows = section.Split('\n')
            .Where(l => l.StartsWith("| MSI", StringComparison.Ordinal))
            .Select(l => string.Join(" | ", l.Trim('|').Split('|').Select(c => c.Trim())))
            .ToList();

        var expected = ContentChecks.All
            .Select(c => $"{c.Code} | {(c.Severity == ProblemSeverity.Error ? "error" : "warning")} | {c.Inputs.ToString().ToLowerInvariant()} | {c.Finds}")
            .ToList();

        Assert.True(expected.SequenceEqual(rows),
            "README.md's table of checks differs from ContentChecks; its rows should read:\n" + string.Join('\n', expected.Select(r => $"| {r} |")));
    }
}
