using System.Diagnostics;
using System.Globalization;
using MuscleSpasmInfo.Content;
using MuscleSpasmInfo.Content.Catalog;
using MuscleSpasmInfo.Content.Markdown;
using MuscleSpasmInfo.Content.Related;
using MuscleSpasmInfo.Content.Search;

namespace MuscleSpasmInfo.Benchmarks;

/// <summary>
/// <c>--once N</c>: each stage timed once on a corpus of N articles, in seconds, without BenchmarkDotNet's repetitions.
/// For a first look at a size too large to benchmark properly, and to see which stage grows fastest.
/// </summary>
public static class OnceTimer
{
    /// <summary>Generates, loads cold, reloads warm and builds the related lists once, printing each stage's time.</summary>
    public static void Run(int count)
    {
        var stopwatch = Stopwatch.StartNew();
        using var corpus = GeneratedCorpus.Create(count);
        Report("generate", count, stopwatch);

        var renderer = new MarkdownRenderer();
        var loader = new ContentLoader(corpus.Options, renderer);
        stopwatch.Restart();
        var snapshot = loader.Load();
        Report("cold load", count, stopwatch);

        stopwatch.Restart();
        var warm = loader.Load();
        Report("warm reload", count, stopwatch);
        warm.BuildIndexes();
        TimeEdits(loader, Path.Combine(corpus.ContentPath, snapshot.Articles[0].SourcePath));

        var documents = snapshot.Articles
            .Select(a => new RelatedDocument(a.Slug, a.Meta.Category, a.Meta.Tags, a.Meta.Date, a.Meta.Related, $"{a.Title}\n{a.Meta.Summary}\n{a.Body.PlainText}"))
            .ToList();
        stopwatch.Restart();
        var index = new RelatedContentIndex(documents);
        Report("related index build", count, stopwatch);
        stopwatch.Restart();
        var listed = documents.Sum(d => index.For(d.Slug).Count);
        Report("related lists, all", count, stopwatch);

        var errors = snapshot.Problems.Count(p => p.Severity == ProblemSeverity.Error);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{snapshot.Articles.Count} articles served, {listed} related links, {snapshot.Problems.Count} problems ({errors} errors), {snapshot.Tags.Count()} tags, {snapshot.Guides.Count()} guides"));
        foreach (var group in snapshot.Problems.GroupBy(p => p.Message.Split(':')[0]).OrderByDescending(g => g.Count()).Take(5))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {group.Count(),6} x {group.Key}"));
        }
    }

    /// <summary>
    /// EDITS (default 15) appends to one article, each time loading only that file and building the patched indexes,
    /// then prints the medians and the managed memory once superseded search readers are retired: flat memory means
    /// edits leave nothing behind.
    /// </summary>
    private static void TimeEdits(ContentLoader loader, string edited)
    {
        var edits = int.Parse(Environment.GetEnvironmentVariable("EDITS") ?? "15", CultureInfo.InvariantCulture);
        var loads = new List<double>();
        var withIndexes = new List<double>();
        for (var i = 0; i < edits; i++)
        {
            File.AppendAllText(edited, $"\n\nedit {i}\n");
            var stopwatch = Stopwatch.StartNew();
            var next = loader.Load([edited]);
            loads.Add(stopwatch.Elapsed.TotalMilliseconds);
            next.BuildIndexes();
            withIndexes.Add(stopwatch.Elapsed.TotalMilliseconds);
            if (!next.Timings.Patched)
            {
                throw new InvalidOperationException($"edit {i} was not patched");
            }
        }

        Thread.Sleep(SearchIndex.DefaultRetireAfter + TimeSpan.FromSeconds(1));
        var heap = GC.GetTotalMemory(forceFullCollection: true) / 1024.0 / 1024.0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{edits} patched edits: load median {Median(loads):0.0} ms, with related and search indexes median {Median(withIndexes):0.0} ms; managed heap afterwards {heap:0} MB"));
    }

    private static double Median(List<double> values) =>
        values.Count == 0 ? 0 : values.Order().ElementAt(values.Count / 2);

    private static void Report(string stage, int count, Stopwatch stopwatch) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{stage,-22} n={count,-6} {stopwatch.Elapsed.TotalSeconds,8:0.000} s"));
}
