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

        var related = new RelatedContentBuilder();
        stopwatch.Restart();
        var index = related.Build(warm);
        Report("related index build", count, stopwatch);
        stopwatch.Restart();
        var listed = warm.Articles.Sum(a => index.For(a.Slug).Count);
        Report("related lists, all", count, stopwatch);
        // A digest of every list, so a faster scorer can be shown to give the same lists.
        var digest = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(
            string.Join('\n', warm.Articles.Select(a => a.Slug + ": " + string.Join(' ', index.For(a.Slug)))))))[..16];
        Console.WriteLine($"related lists digest   {digest}");
        using var search = new SearchService();
        stopwatch.Restart();
        search.Index(warm);
        Report("search index build", count, stopwatch);
        TimeEdits(loader, related, search, Path.Combine(corpus.ContentPath, snapshot.Articles[0].SourcePath));


        var errors = snapshot.Problems.Count(p => p.Severity == ProblemSeverity.Error);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{snapshot.Articles.Count} articles served, {listed} related links, {snapshot.Problems.Count} problems ({errors} errors), {snapshot.Tags.Count()} tags, {snapshot.Guides.Count()} guides"));
        foreach (var group in snapshot.Problems.GroupBy(p => p.Message.Split(':')[0]).OrderByDescending(g => g.Count()).Take(5))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {group.Count(),6} x {group.Key}"));
        }
    }

    /// <summary>
    /// EDITS (default 15) appends to one article, each time building with only that file changed and then the indexes,
    /// then prints the medians and the managed memory afterwards: flat memory means edits leave nothing behind.
    /// </summary>
    private static void TimeEdits(ContentLoader loader, RelatedContentBuilder related, SearchService search, string edited)
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
            _ = related.Build(next);
            search.Index(next);
            withIndexes.Add(stopwatch.Elapsed.TotalMilliseconds);
            if (next.Timings.Parsed != 1)
            {
                throw new InvalidOperationException($"edit {i} parsed {next.Timings.Parsed} files, not the one edited");
            }
        }

        var heap = GC.GetTotalMemory(forceFullCollection: true) / 1024.0 / 1024.0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{edits} edits: build median {Median(loads):0.0} ms, with related and search indexes median {Median(withIndexes):0.0} ms; managed heap afterwards {heap:0} MB"));
    }

    private static double Median(List<double> values) =>
        values.Count == 0 ? 0 : values.Order().ElementAt(values.Count / 2);

    private static void Report(string stage, int count, Stopwatch stopwatch) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{stage,-22} n={count,-6} {stopwatch.Elapsed.TotalSeconds,8:0.000} s"));
}
