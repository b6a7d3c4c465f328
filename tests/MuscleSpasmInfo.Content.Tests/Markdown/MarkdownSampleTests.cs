using MuscleSpasmInfo.Content.Markdown;

namespace MuscleSpasmInfo.Content.Tests.Markdown;

/// <summary>
/// Spec files: each Samples/rendering/name.md is rendered and its HTML held against name.expected,
/// whose lines say which fragments the HTML has and which it lacks.
/// </summary>
public sealed class MarkdownSampleTests
{
    private static readonly string SampleFolder = Path.Combine(AppContext.BaseDirectory, "Samples", "rendering");
    private static readonly MarkdownRenderer Renderer = new();

    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(SampleFolder, "*.md").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_renders_to_the_expected_html(string sample)
    {
        // Arrange
        var markdown = File.ReadAllText(Path.Combine(SampleFolder, sample + ".md"));
        var expectations = File.ReadAllLines(Path.Combine(SampleFolder, sample + ".expected"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToList();
        Assert.NotEmpty(expectations);

        // Act
        var html = Renderer.Render(markdown, sample + ".md").Html;

        // Assert
        foreach (var line in expectations)
        {
            if (line.StartsWith("has: ", StringComparison.Ordinal))
            {
                Assert.True(html.Contains(line[5..], StringComparison.Ordinal), $"expected {line[5..]}\nin:\n{html}");
            }
            else if (line.StartsWith("lacks: ", StringComparison.Ordinal))
            {
                Assert.False(html.Contains(line[7..], StringComparison.Ordinal), $"did not expect {line[7..]}\nin:\n{html}");
            }
            else
            {
                Assert.Fail($"{sample}.expected: a line must start with 'has: ' or 'lacks: ': {line}");
            }
        }
    }
}
