using BenchmarkDotNet.Attributes;
using MuscleSpasmInfo.Content.Markdown;
using MuscleSpasmInfo.Content.Related;

namespace MuscleSpasmInfo.Benchmarks;

/// <summary>The related-content index on its own: building it, and computing every article's related list.</summary>
public class RelatedBenchmarks
{
    private IReadOnlyList<RelatedDocument> _documents = [];
    private RelatedContentIndex _index = null!;

    [ParamsSource(typeof(CorpusSizes), nameof(CorpusSizes.All))]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        using var corpus = GeneratedCorpus.Create(Count);
        var snapshot = corpus.LoadSnapshot(new MarkdownRenderer());

        // The same documents RelatedContentBuilder gives the index.
        _documents = [.. snapshot.Articles.Select(a => new RelatedDocument(a.Slug, a.Meta.Category, a.Meta.Tags, a.Meta.Date, a.Meta.Related,
            Terms.Count($"{a.Title}\n{a.Meta.Summary}\n{a.Body.PlainText}")))];
        _index = new RelatedContentIndex(_documents);
    }

    [Benchmark]
    public RelatedContentIndex Build() => new(_documents);

    /// <summary>What a site build does: index, then the related list of every article.</summary>
    [Benchmark]
    public int BuildAndListAll()
    {
        var index = new RelatedContentIndex(_documents);
        var total = 0;
        foreach (var document in _documents)
        {
            total += index.For(document.Slug).Count;
        }

        return total;
    }

    /// <summary>Every article's related list from an index already built: the per-page cost, times the site.</summary>
    [Benchmark]
    public int ListAll()
    {
        var total = 0;
        foreach (var document in _documents)
        {
            total += _index.For(document.Slug).Count;
        }

        return total;
    }
}
