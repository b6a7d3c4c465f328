using System.Diagnostics;
using System.Globalization;
using MuscleSpasmInfo.Content;
using MuscleSpasmInfo.Content.Catalog;
using MuscleSpasmInfo.Content.Markdown;
using MuscleSpasmInfo.Content.Related;
using MuscleSpasmInfo.Content.Search;
using MuscleSpasmInfo.Content.Search.Semantic;

namespace MuscleSpasmInfo.Benchmarks.Quality;

/// <summary>
/// <c>--quality CORPUS [--limit N] [--chart FILE]</c>: related content and search judged on the real corpus against its
/// editors' labels, beside plain baselines computed in the same run, so each figure is also a ratio.
/// </summary>
public static class QualityRun
{
    private const int K = 5;

    /// <summary>Loads the corpus, scores every method on the first <c>limit</c> labelled topics and prints the table.</summary>
    public static int Run(string corpus, int limit, string? chart)
    {
        var stopwatch = Stopwatch.StartNew();
        var snapshot = new ContentLoader(new ContentOptions { Path = Path.Combine(corpus, "content") }, new MarkdownRenderer()).Load();
        var labels = GroundTruth.Read(Path.Combine(corpus, "ground_truth.dev.json"))
            .Where(l => snapshot.FindArticle(l.Slug) is not null)
            .Take(limit)
            .ToList();
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"loaded {snapshot.Articles.Count} articles, {labels.Count} labelled topics, in {stopwatch.Elapsed.TotalSeconds:0.0} s"));

        var ours = RelatedContentBuilder.For(snapshot);
        var baseline = new TfIdfBaseline(snapshot.Articles);
        var related = new (string Name, Func<string, IReadOnlyList<string>> List)[]
        {
            ("site", ours.For),
            ("TF-IDF baseline", slug => baseline.Related(slug, K)),
            ("same category", slug => snapshot.MoreInCategory(snapshot.FindArticle(slug)!).Select(a => a.Slug).ToList()),
        };
        var relatedScores = related.Select(m => (m.Name, Scores: new RelatedScores(K))).ToList();
        var progress = new Progress("related", labels.Count);
        foreach (var (slug, topic) in labels)
        {
            for (var m = 0; m < related.Length; m++)
            {
                relatedScores[m].Scores.Add(related[m].List(slug), topic.Related);
            }

            progress.Step();
        }

        // As the site searches: words, and the meaning of articles' names.
        var embedding = Stopwatch.StartNew();
        using var embedder = new SentenceEmbedder();
        using var search = SearchService.For(snapshot, embedder);
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"search index with the names of {snapshot.Articles.Count} articles encoded in {embedding.Elapsed.TotalSeconds:0.0} s"));
        var queries = new (string Name, Func<string, GroundTruthTopic, IEnumerable<string>> Of)[]
        {
            // A heading that is the title or an other name measures those, not the reader's own vocabulary.
            ("MeSH heading", (_, t) => t.Mesh.Where(m => !t.AlsoCalled.Append(t.Title).Contains(m, StringComparer.OrdinalIgnoreCase))),
            ("also called", (_, t) => t.AlsoCalled),
            ("title, one typo", (slug, t) => [Typo.In(t.Title, StableSeed(slug))]),
        };
        var searchScores = new List<(string Query, string Method, SearchScores Scores)>();
        progress = new Progress("search", labels.Count);
        foreach (var (name, of) in queries)
        {
            var site = new SearchScores();
            var plain = new SearchScores();
            foreach (var (slug, topic) in labels)
            {
                foreach (var query in of(slug, topic))
                {
                    site.Add([.. search.Search(query, pageSize: 10).Hits.Select(h => h.Article.Slug)], slug);
                    plain.Add(baseline.Search(query, 10), slug);
                }
            }

            searchScores.Add((name, "site", site));
            searchScores.Add((name, "TF-IDF baseline", plain));
        }

        Print(relatedScores, searchScores, labels.Count, stopwatch.Elapsed);
        if (chart is not null)
        {
            QualityChart.Write(chart, relatedScores, searchScores);
            Console.WriteLine($"chart: {chart}");
        }

        return 0;
    }

    private static void Print(List<(string Name, RelatedScores Scores)> related, List<(string Query, string Method, SearchScores Scores)> search, int topics, TimeSpan elapsed)
    {
        var baseline = related.Single(r => r.Name == "TF-IDF baseline").Scores;
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Related content, top {K}, {related[0].Scores.Topics} topics with curated links"));
        Console.WriteLine("| method | precision@5 | recall@5 | hit rate | recall / baseline |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var (name, s) in related)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {s.Precision:0.000} | {s.Recall:0.000} | {s.HitRate:0.000} | {s.Recall / baseline.Recall:0.00}x |"));
        }

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Search, known item, {topics} topics"));
        Console.WriteLine("| query | method | queries | hit@1 | hit@3 | MRR@10 |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var (query, method, s) in search)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {query} | {method} | {s.Queries} | {s.HitAt1:0.000} | {s.HitAt3:0.000} | {s.Mrr:0.000} |"));
        }

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"quality: {topics} topics scored in {elapsed.TotalSeconds:0.0} s"));
    }

    // string.GetHashCode differs per process; the typo must be the same every run.
    private static int StableSeed(string slug) => slug.Aggregate(17, (h, c) => unchecked((h * 31) + c));
}
