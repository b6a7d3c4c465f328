using System.Diagnostics;
using System.Globalization;
using MuscleSpasmInfo.Content;
using MuscleSpasmInfo.Content.Catalog;
using MuscleSpasmInfo.Content.Markdown;
using MuscleSpasmInfo.Content.Related;

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
        loader.Load();
        Report("warm reload", count, stopwatch);
        snapshot.BuildIndexes(search: false);

        var edited = Path.Combine(corpus.ContentPath, snapshot.Articles[0].SourcePath);
        var samples = new List<double>();
        for (var i = 0; i < int.Parse(Environment.GetEnvironmentVariable("EDITS") ?? "15", CultureInfo.InvariantCulture); i++)
        {
            File.AppendAllText(edited, $"\n\nedit {i}\n");
            stopwatch.Restart();
            var next = loader.Load([edited]);
            var loaded = stopwatch.Elapsed;
            _ = next.RelatedTo(next.Articles[0]);
            samples.Add(stopwatch.Elapsed.TotalMilliseconds);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  edit {i}: load {loaded.TotalMilliseconds:0.0} ms (patched {next.Timings.Patched}, parse {next.Timings.Parse.TotalMilliseconds:0.0}, checks {next.Timings.Check.TotalMilliseconds:0.0}, catalog {next.Timings.Catalog.TotalMilliseconds:0.0}), with related {stopwatch.Elapsed.TotalMilliseconds:0.0} ms"));
        }

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

    private static void Report(string stage, int count, Stopwatch stopwatch) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{stage,-22} n={count,-6} {stopwatch.Elapsed.TotalSeconds,8:0.000} s"));
}
