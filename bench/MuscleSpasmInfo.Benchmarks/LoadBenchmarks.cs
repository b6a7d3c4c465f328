using BenchmarkDotNet.Attributes;
using MuscleSpasmInfo.Content.Catalog;
using MuscleSpasmInfo.Content.Markdown;

namespace MuscleSpasmInfo.Benchmarks;

/// <summary>Building a whole snapshot from a corpus on disk: at start (cold) and after a change that touched no article (warm).</summary>
public class LoadBenchmarks : IDisposable
{
    private readonly MarkdownRenderer _renderer = new();
    private GeneratedCorpus _corpus = null!;
    private ContentLoader _warm = null!;

    [ParamsSource(typeof(CorpusSizes), nameof(CorpusSizes.All))]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _corpus = GeneratedCorpus.Create(Count);
        _corpus.LoadSnapshot(_renderer);
        _warm = new ContentLoader(_corpus.Options, _renderer);
        _warm.Load();
    }

    [GlobalCleanup]
    public void Cleanup() => Dispose();

    /// <summary>Closes the loader and deletes the corpus.</summary>
    public void Dispose()
    {
        _warm.Dispose();
        _corpus.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>A new loader reads, parses and renders every file, then builds the snapshot: the cost of starting the site.</summary>
    [Benchmark]
    public ContentSnapshot ColdLoad() => new ContentLoader(_corpus.Options, _renderer).Load();

    /// <summary>The same loader again with no file changed: only checks, resolution and the snapshot (related index included) are redone.</summary>
    [Benchmark]
    public ContentSnapshot WarmReload() => _warm.Load();
}
