using MuscleSpasmInfo.Content;
using MuscleSpasmInfo.Content.Catalog;
using MuscleSpasmInfo.Content.Markdown;
using MuscleSpasmInfo.CorpusGenerator;

namespace MuscleSpasmInfo.Benchmarks;

/// <summary>
/// A corpus written by the corpus generator into a temporary folder for one benchmark process, deleted on dispose.
/// Every benchmark that needs articles (load, related, search) starts from one of these in its [GlobalSetup].
/// </summary>
public sealed class GeneratedCorpus : IDisposable
{
    private readonly string _root;

    private GeneratedCorpus(string root, string contentPath)
    {
        _root = root;
        ContentPath = contentPath;
    }

    /// <summary>The content folder: articles, categories.yml and synonyms.txt.</summary>
    public string ContentPath { get; }

    /// <summary>Engine options pointing at this corpus.</summary>
    public ContentOptions Options => new() { Path = ContentPath };

    /// <summary>Generates <paramref name="count"/> articles with the default seed, so every run measures the same text.</summary>
    public static GeneratedCorpus Create(int count)
    {
        var root = Path.Combine(Path.GetTempPath(), "msi-bench", $"n{count}-p{Environment.ProcessId}");
        var summary = new CorpusGenerator.CorpusGenerator(new CorpusOptions(count, root)).Generate();
        return new GeneratedCorpus(root, summary.ContentDirectory);
    }

    /// <summary>Loads the corpus with a new loader and checks that every article made it into the snapshot.</summary>
    public ContentSnapshot LoadSnapshot(MarkdownRenderer renderer)
    {
        var snapshot = new ContentLoader(Options, renderer).Load();
        var expected = Directory.EnumerateFiles(ContentPath, "*.md").Count();
        if (snapshot.Articles.Count != expected)
        {
            throw new InvalidOperationException(
                $"the snapshot serves {snapshot.Articles.Count} of {expected} generated articles; first problem: {snapshot.Problems.FirstOrDefault(p => p.Severity == ProblemSeverity.Error)}");
        }

        return snapshot;
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
