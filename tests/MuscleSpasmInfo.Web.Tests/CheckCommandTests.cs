namespace MuscleSpasmInfo.Web.Tests;

/// <summary>Runs the real executable's <c>check</c> command, as an editor would.</summary>
public sealed class CheckCommandTests
{
    [Fact]
    public async Task The_real_content_passes_the_check_with_exit_code_0()
    {
        var (exit, output) = await RunCheckAsync(Repository.ContentFolder);

        Assert.Equal(0, exit);
        Assert.DoesNotContain(": error:", output, StringComparison.Ordinal);
        Assert.Contains("14 articles served, 0 files skipped; 0 errors", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Problems_are_printed_as_path_line_column_severity_message_and_errors_exit_1()
    {
        var dir = Path.Combine(Path.GetTempPath(), "msi-check", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(dir, "sub"));
        File.WriteAllText(Path.Combine(dir, "categories.yml"), "- slug: a\n  name: A\n");
        File.WriteAllText(Path.Combine(dir, "good.md"), "---\ntitle: Good\ncategory: a\n---\n\nFine.\n");
        File.WriteAllText(Path.Combine(dir, "sub", "bad.md"), "---\ntitle: Bad\ncategory: a\ntags: [one, two\n---\n\nText.\n");
        File.WriteAllText(Path.Combine(dir, "typo.md"), "---\ntitle: Typo\ncategroy: a\n---\n\nText.\n");
        try
        {
            var (exit, output) = await RunCheckAsync(dir);

            Assert.Equal(1, exit);
            var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Contains(lines, l => l.StartsWith("sub/bad.md:5:", StringComparison.Ordinal) && l.Contains(": error: YAML syntax error", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.StartsWith("typo.md:3:1: warning: unknown field 'categroy'", StringComparison.Ordinal));
            Assert.Contains("1 files skipped", lines[^1], StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task Check_related_lists_the_candidates_with_the_parts_of_their_scores_and_marks_the_listed_ones()
    {
        var (exit, output) = await SiteCommand.RunAsync(["check", "--related", "mineral-depletion", "--content", Repository.ContentFolder],
            new Dictionary<string, string> { ["Serilog__MinimumLevel__Default"] = "Fatal" });

        Assert.Equal(0, exit);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.Contains("  yes  ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(rows);
        Assert.DoesNotContain(rows, r => r.EndsWith(" mineral-depletion", StringComparison.Ordinal));
        Assert.Contains("names-in-text", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_related_of_an_unknown_slug_says_so_and_exits_1()
    {
        var (exit, output) = await SiteCommand.RunAsync(["check", "--related", "no-such-article", "--content", Repository.ContentFolder],
            new Dictionary<string, string> { ["Serilog__MinimumLevel__Default"] = "Fatal" });

        Assert.Equal(1, exit);
        Assert.Contains("no-such-article: no such article", output, StringComparison.Ordinal);
    }

    private static Task<(int Exit, string Output)> RunCheckAsync(string contentPath) =>
        SiteCommand.RunAsync(["check", "--content", contentPath], new Dictionary<string, string> { ["Serilog__MinimumLevel__Default"] = "Fatal" });
}
