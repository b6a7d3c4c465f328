using System.Globalization;
using MuscleSpasmInfo.Content.Tests.TestSupport;

namespace MuscleSpasmInfo.Content.Tests.Checks;

/// <summary>
/// Samples/broken holds one broken file per kind of problem the content check must catch, and expected.txt lists
/// what it must report for each: <c>path:line: severity: message fragment</c>.
/// </summary>
public sealed class BrokenSamplesTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Samples", "broken");

    /// <summary>The samples' review dates are measured against this day, so they do not go stale.</summary>
    private static readonly DateOnly Today = new(2025, 6, 1);

    private static readonly string[] GoodArticles = ["good-overuse", "good-sleep"];

    public sealed record Expectation(string Path, int Line, ProblemSeverity Severity, string Fragment)
    {
        public override string ToString() => $"{Path}:{Line}: {Severity.ToString().ToLowerInvariant()}: {Fragment}";
    }

    public static TheoryData<Expectation> Expectations() => [.. ReadExpectations()];

    private static List<Expectation> ReadExpectations()
    {
        var data = new List<Expectation>();
        foreach (var line in File.ReadLines(Path.Combine(Folder, "expected.txt")))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            // path:line: severity: fragment
            var parts = line.Split(':', 4, StringSplitOptions.TrimEntries);
            var severity = parts[2] switch
            {
                "error" => ProblemSeverity.Error,
                "warning" => ProblemSeverity.Warning,
                _ => throw new FormatException($"expected.txt: severity must be error or warning: {line}"),
            };
            data.Add(new Expectation(parts[0], int.Parse(parts[1], CultureInfo.InvariantCulture), severity, parts[3]));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Expectations))]
    public void Each_kind_of_problem_is_reported_at_its_file_and_line(Expectation expected)
    {
        // Act
        var snapshot = Loading.Load(Folder, Today);

        // Assert
        Assert.True(
            snapshot.Problems.Any(p =>
                p.Path == expected.Path && p.Line == expected.Line && p.Severity == expected.Severity &&
                p.Message.Contains(expected.Fragment, StringComparison.Ordinal)),
            $"expected {expected}\nreported:\n{snapshot.Describe()}");
    }

    [Fact]
    public void Every_sample_file_has_an_expectation()
    {
        // A sample is covered when an expectation is on it or names it (the first of two duplicate slugs is only named).
        var expected = ReadExpectations();
        var samples = Directory.EnumerateFiles(Folder, "*.md")
            .Select(Path.GetFileName)
            .Where(name => !name!.StartsWith("good-", StringComparison.Ordinal));

        Assert.All(samples, name => Assert.Contains(expected, e => e.Path == name || e.Fragment.Contains(name!, StringComparison.Ordinal)));
    }

    [Fact]
    public void The_good_articles_are_served_without_any_problem()
    {
        var snapshot = Loading.Load(Folder, Today);

        foreach (var slug in GoodArticles)
        {
            var article = snapshot.FindArticle(slug);
            Assert.NotNull(article);
            Assert.Empty(snapshot.ProblemsIn(article.SourcePath));
        }
    }

    [Fact]
    public void Files_with_errors_are_left_out_and_files_with_only_warnings_are_served()
    {
        var snapshot = Loading.Load(Folder, Today);
        var withErrors = snapshot.Errors().Select(p => p.Path).ToHashSet(StringComparer.Ordinal);

        foreach (var path in Directory.EnumerateFiles(Folder, "*.md").Select(Path.GetFileName).OfType<string>())
        {
            var served = snapshot.Articles.Any(a => a.SourcePath == path);
            if (path == "duplicate-slug-a.md")
            {
                // Of two files with one slug, the one whose path sorts first is served; the error is on the other.
                Assert.True(served);
                Assert.Equal("duplicate-slug-a.md", snapshot.FindArticle("shared-slug")?.SourcePath);
            }
            else
            {
                Assert.True(served != withErrors.Contains(path), $"{path}: served={served}, has errors={withErrors.Contains(path)}\n{snapshot.Describe()}");
            }
        }
    }

    [Fact]
    public void Problems_print_like_compiler_messages_with_paths_relative_to_the_content_folder()
    {
        var snapshot = Loading.Load(Folder, Today);

        Assert.All(snapshot.Problems, p =>
        {
            Assert.False(Path.IsPathRooted(p.Path), p.ToString());
            Assert.Matches(@"^[^:\s]+:\d+:\d+: (error|warning): \S", p.ToString());
        });
    }
}
