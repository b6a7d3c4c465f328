using BenchmarkDotNet.Attributes;
using MuscleSpasmInfo.Content.Markdown;

namespace MuscleSpasmInfo.Benchmarks;

/// <summary>
/// Rendering one generated article (about 850 words, headings, a list, a table, links) with the shared pipeline.
/// One article costs the same whatever the corpus size, so this benchmark has no article-count parameter.
/// </summary>
public class RenderBenchmarks
{
    private readonly MarkdownRenderer _renderer = new();
    private string _markdown = string.Empty;
    private string _path = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        using var corpus = GeneratedCorpus.Create(100);
        // The article with a table, a list and a callout, first by name: the richest kind the generator writes.
        _path = Directory.EnumerateFiles(corpus.ContentPath, "*.md")
            .Order(StringComparer.Ordinal)
            .First(p => File.ReadAllText(p).Contains(":::info", StringComparison.Ordinal));
        _markdown = File.ReadAllText(_path);
        _path = Path.GetFileName(_path);
    }

    [Benchmark]
    public RenderedMarkdown Render() => _renderer.Render(_markdown, _path);
}
