using System.Diagnostics;
using System.Globalization;
using System.Text;
using MuscleSpasmInfo.Content.Catalog;
using MuscleSpasmInfo.Content.FrontMatter;
using MuscleSpasmInfo.Content.Markdown;
using MuscleSpasmInfo.Content.Tests.Security;
using MuscleSpasmInfo.Content.Tests.TestSupport;
using Xunit.Abstractions;

namespace MuscleSpasmInfo.Content.Tests.Fuzz;

/// <summary>
/// Feeds mutated real content through the whole engine: rendering, front matter, loading a folder, related lists and
/// search. Nothing may throw out of the engine (bad content is a <see cref="ContentProblem"/>) and no rendered HTML may
/// run script. CI runs a fixed, seeded number of iterations; for a long run:
/// <c>FUZZ_ITERATIONS=100000 dotnet test tests/MuscleSpasmInfo.Content.Tests --filter Category=Fuzz</c>.
/// A failure prints the seed and iteration; <c>FUZZ_SEED=s FUZZ_FROM=i FUZZ_ITERATIONS=1</c> replays exactly that one
/// (while the corpus it mutates is unchanged). It also keeps the failing inputs, as a content folder, under this
/// project's TestResults/fuzz/ and names that folder in the message (see <see cref="Keep"/>).
/// </summary>
[Trait("Category", "Fuzz")]
public sealed class ContentFuzzTests(ITestOutputHelper output)
{
    private const int DefaultSeed = 20250601;
    private const int DefaultIterations = 100;
    private const int FilesPerFolder = 4;

    private static readonly MarkdownRenderer Renderer = new();

    [Fact]
    public void Mutated_content_never_throws_out_of_the_engine_and_never_renders_script()
    {
        var seed = Setting("FUZZ_SEED", DefaultSeed);
        var from = Setting("FUZZ_FROM", 0);
        var iterations = Setting("FUZZ_ITERATIONS", DefaultIterations);
        var corpus = Corpus();
        var payloads = Payloads.Lines();
        using var content = new TempContent();
        var clock = Stopwatch.StartNew();

        for (var iteration = from; iteration < from + iterations; iteration++)
        {
            // Each iteration has its own generator, so any one of them can be replayed without the ones before it.
            var random = new Random(IterationSeed(seed, iteration));
            var folder = Path.Combine(content.Root, iteration.ToString(CultureInfo.InvariantCulture));
            var inputs = Enumerable.Range(0, FilesPerFolder).Select(_ => new Mutator(random, corpus, payloads).Next()).ToList();
            try
            {
                RunOne(folder, inputs, random);
            }
            catch (Exception ex)
            {
                var kept = Keep(folder, inputs, seed, iteration, ex);
                throw new Xunit.Sdk.XunitException(
                    $"Fuzz failure: seed {seed}, iteration {iteration}. Replay with FUZZ_SEED={seed} FUZZ_FROM={iteration} FUZZ_ITERATIONS=1. " +
                    $"Inputs kept in {kept}.\n{ex}");
            }
            finally
            {
                TryDelete(folder);
            }
        }

        output.WriteLine($"fuzz: seed {seed}, iterations {from}..{from + iterations - 1}, {clock.Elapsed.TotalSeconds:F1} s");
    }

    private static void RunOne(string folder, List<byte[]> inputs, Random random)
    {
        // The renderer and front-matter parser on their own, as the loader would call them.
        foreach (var bytes in inputs)
        {
            var text = Encoding.UTF8.GetString(bytes);
            var rendered = Renderer.Render(text, "fuzz.md");
            ScriptSafety.AssertSafe(rendered.Html, "rendered alone");
            if (rendered.FrontMatterYaml is { } yaml)
            {
                FrontMatterParser.Parse(yaml, "fuzz.md", rendered.FrontMatterFirstLine, []);
            }
        }

        // The whole load: files on disk (bytes as they are, invalid UTF-8 included), categories and synonyms too.
        Directory.CreateDirectory(folder);
        for (var i = 0; i < inputs.Count; i++)
        {
            File.WriteAllBytes(Path.Combine(folder, $"fuzz-{i}.md"), inputs[i]);
        }

        var categories = "- slug: causes\n  name: Causes\n  description: Causes.\n- slug: treatments\n  name: Treatments\n  description: Help.\n";
        File.WriteAllText(Path.Combine(folder, "categories.yml"), random.Next(5) == 0 ? Encoding.UTF8.GetString(inputs[0]) + categories : categories);
        File.WriteAllText(Path.Combine(folder, ContentLoader.SynonymsFileName), "cramp, spasm, charley horse\n" + (random.Next(5) == 0 ? Encoding.UTF8.GetString(inputs[^1]) : string.Empty));

        var loader = Loading.LoaderFor(folder);
        var snapshot = loader.Load();
        snapshot = random.Next(4) == 0 ? loader.Load() : snapshot; // a reload reuses parses and last good versions

        // The loader turns any parser exception into "cannot parse the file"; for the fuzzer that is still an engine bug.
        Assert.DoesNotContain(snapshot.Problems, p => p.Message.StartsWith("cannot parse the file", StringComparison.Ordinal));
        var related = Content.Related.RelatedContentBuilder.For(snapshot);
        using var search = Content.Search.SearchService.For(snapshot);
        foreach (var article in snapshot.Articles)
        {
            ScriptSafety.AssertSafe(article.Body.Html, $"body of {article.SourcePath}");
            _ = related.For(article.Slug);
            _ = snapshot.MoreInCategory(article);
            _ = snapshot.TagsOf(article).ToList();
            _ = snapshot.GuideOf(article);
        }

        foreach (var query in Queries(snapshot, random))
        {
            var results = search.Search(query, random.Next(-1, 4), random.Next(-1, 30));
            foreach (var hit in results.Hits)
            {
                ScriptSafety.AssertSafe(hit.SnippetHtml, $"snippet of {hit.Article.Slug} for '{query}'");
            }
        }
    }

    /// <summary>Words from the loaded articles (so searches hit), a mangled one (for did-you-mean) and raw junk.</summary>
    private static IEnumerable<string> Queries(ContentSnapshot snapshot, Random random)
    {
        var words = snapshot.Articles
            .SelectMany(a => (a.Title + " " + a.Body.PlainText).Split(' ', '\n'))
            .Where(w => w.Length > 2)
            .Take(2000)
            .ToList();
        yield return "cramp";
        if (words.Count > 0)
        {
            yield return words[random.Next(words.Count)];
            yield return $"\"{words[random.Next(words.Count)]} {words[random.Next(words.Count)]}\"";
            var word = words[random.Next(words.Count)];
            yield return word.Length > 3 ? word.Remove(random.Next(word.Length), 1) : word;
        }

        yield return new string([.. Enumerable.Range(0, random.Next(260)).Select(_ => (char)random.Next(0x20, 0x7F))]);
        yield return "\"\" ** ?? ~ -- AND OR NOT ( [ { \\ / :";
    }

    private static List<byte[]> Corpus()
    {
        var files = Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Samples"), "*.md", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Payloads.Folder, "*.md"))
            .ToList();
        if (Directory.Exists(Repository.ContentFolder))
        {
            files.AddRange(Directory.EnumerateFiles(Repository.ContentFolder, "*.md"));
        }

        return [.. files.Order(StringComparer.Ordinal).Select(File.ReadAllBytes)];
    }

    /// <summary>
    /// The generator seed of one iteration, the same in every run and on every machine. (It was HashCode.Combine,
    /// which .NET seeds randomly per process, so a printed seed and iteration never replayed the same inputs.)
    /// </summary>
    private static int IterationSeed(int seed, int iteration) => unchecked((seed * 486_187_739) + iteration);

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    /// <summary>
    /// Saves a failing iteration under TestResults/fuzz/seed-S-iteration-I/ of this project (kept after the run, unlike
    /// the temporary folder): the content folder as the loader saw it (fuzz-N.md byte for byte, and categories.yml and
    /// synonyms.txt when the iteration got as far as writing them), which <c>Loading.Load(dir)</c> or
    /// <c>check --content dir</c> loads again, and failure.txt with the seed, iteration, replay command and error.
    /// A minimised input then becomes a case in <see cref="FuzzRegressionTests"/>.
    /// </summary>
    private static string Keep(string folder, List<byte[]> inputs, int seed, int iteration, Exception error)
    {
        var dir = Path.Combine(Repository.TestResultsOf(typeof(ContentFuzzTests).Assembly), "fuzz", $"seed-{seed}-iteration-{iteration}");
        Directory.CreateDirectory(dir);
        if (Directory.Exists(folder))
        {
            foreach (var file in Directory.EnumerateFiles(folder))
            {
                File.Copy(file, Path.Combine(dir, Path.GetFileName(file)), overwrite: true);
            }
        }

        for (var i = 0; i < inputs.Count; i++)
        {
            File.WriteAllBytes(Path.Combine(dir, $"fuzz-{i}.md"), inputs[i]);
        }

        File.WriteAllText(Path.Combine(dir, "failure.txt"), string.Create(CultureInfo.InvariantCulture, $"""
            seed: {seed}
            iteration: {iteration}
            replay: FUZZ_SEED={seed} FUZZ_FROM={iteration} FUZZ_ITERATIONS=1 dotnet test tests/MuscleSpasmInfo.Content.Tests --filter Category=Fuzz
            error:
            {error}

            """));
        return dir;
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // TempContent removes the whole tree at the end anyway.
        }
    }
}
