using System.Globalization;
using System.Text;
using MuscleSpasmInfo.Content.Catalog;
using MuscleSpasmInfo.Content.Markdown;

namespace MuscleSpasmInfo.Content.Tests.Catalog;

/// <summary>
/// A load told which files changed patches the last snapshot instead of rebuilding it. It must never show readers
/// anything a full load would not: every test here runs the same edits through a loader given the changed paths and
/// one that reads the whole folder each time, and compares everything a page shows.
/// </summary>
public sealed class ChangedFilesLoadTests
{
    private static readonly string[] Categories = ["causes", "treatment", "prevention"];
    private static readonly string[] TagPool = ["Cramp", "Sleep", "Magnesium", "Nerves", "Exercise", "Blood flow", "Night", "Legs"];
    private static readonly string[] Words = ["calf", "muscle", "cramp", "stretch", "water", "potassium", "nerve", "sleep", "walking", "heat", "massage", "rest"];

    [Fact]
    public void A_body_edit_is_patched_and_the_page_shows_the_new_text()
    {
        using var site = new GeneratedSite(12, seed: 1);
        var loader = site.Loader();
        var before = loader.Load();

        var path = site.Edit(3, a => a with { Body = a.Body + "\n\nA new paragraph about quinine.\n" });
        var snapshot = loader.Load([path]);

        Assert.True(snapshot.Timings.Patched);
        Assert.Contains("quinine", snapshot.FindArticle(GeneratedSite.Slug(3))!.Body.Html, StringComparison.Ordinal);
        Assert.Equal([GeneratedSite.Slug(3)], snapshot.Search.Search("quinine").Hits.Select(h => h.Article.Slug));
        Assert.Same(snapshot.FindArticle(GeneratedSite.Slug(3)), snapshot.Search.Search("quinine").Hits[0].Article);
        Assert.Equal(12, snapshot.Search.Count);
    }

    [Fact]
    public void Search_after_edits_finds_each_snapshots_own_text()
    {
        using var site = new GeneratedSite(12, seed: 5);
        var loader = site.Loader();
        var first = loader.Load();
        _ = first.Search;

        var second = loader.Load([site.Edit(5, a => a with { Body = a.Body + "\n\nQuinine was once used for cramps.\n" })]);
        var third = loader.Load([site.Edit(5, a => a with { Body = a.Body.Replace("Quinine", "Tonic", StringComparison.Ordinal) })]);

        Assert.True(second.Timings.Patched && third.Timings.Patched);
        Assert.Empty(first.Search.Search("quinine").Hits);
        Assert.Equal([GeneratedSite.Slug(5)], second.Search.Search("quinine").Hits.Select(h => h.Article.Slug));
        Assert.Empty(third.Search.Search("quinine").Hits);
        Assert.Equal([GeneratedSite.Slug(5)], third.Search.Search("tonic").Hits.Select(h => h.Article.Slug));
        Assert.Equal(12, third.Search.Count);
    }

    [Theory]
    [InlineData("heading")]
    [InlineData("draft")]
    [InlineData("slug")]
    [InlineData("alias")]
    public void An_edit_that_other_pages_depend_on_is_loaded_in_full(string change)
    {
        using var site = new GeneratedSite(12, seed: 2);
        var loader = site.Loader();
        loader.Load();

        var path = site.Edit(4, a => change switch
        {
            "heading" => a with { Body = "## A heading nobody had\n\n" + a.Body },
            "draft" => a with { Extra = "draft: true" },
            "slug" => a with { Extra = "slug: renamed-article" },
            _ => a with { Extra = "aliases: [/old-page]" },
        });
        var snapshot = loader.Load([path]);

        Assert.False(snapshot.Timings.Patched);
        Assert.Equal(Describe(new ContentLoader(site.Options, new MarkdownRenderer()).Load()), Describe(snapshot));
    }

    [Fact]
    public void Added_and_deleted_files_and_files_that_are_not_articles_are_loaded_in_full()
    {
        using var site = new GeneratedSite(8, seed: 3);
        var loader = site.Loader();
        loader.Load();

        var added = site.Content.Article("added.md", "title: Added\ncategory: causes");
        Assert.False(loader.Load([added]).Timings.Patched);
        File.Delete(added);
        Assert.False(loader.Load([added]).Timings.Patched);
        var categories = Path.Combine(site.Content.Root, "categories.yml");
        Assert.False(loader.Load([categories]).Timings.Patched);
        Assert.Null(loader.Load([categories]).FindArticle("added"));
    }

    [Fact]
    public void A_broken_edit_keeps_the_last_good_version_and_says_so_when_patched()
    {
        using var site = new GeneratedSite(10, seed: 4);
        var loader = site.Loader();
        var before = loader.Load().FindArticle(GeneratedSite.Slug(2))!;

        var path = site.Edit(2, a => a with { Extra = "date: [not a date" });
        var snapshot = loader.Load([path]);

        Assert.True(snapshot.Timings.Patched);
        Assert.Same(before, snapshot.FindArticle(GeneratedSite.Slug(2)));
        Assert.Contains(GeneratedSite.FileName(2), snapshot.SkippedFiles);
        Assert.Contains(snapshot.Problems, p => p.Path == GeneratedSite.FileName(2) && p.Message.StartsWith("serving the last good version", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    [InlineData(14)]
    [InlineData(15)]
    public void Random_edits_patched_show_what_a_full_load_shows(int seed)
    {
        using var site = new GeneratedSite(30, seed);
        var patchedLoader = site.Loader();
        var fullLoader = site.Loader();
        patchedLoader.Load().BuildIndexes(search: false);
        fullLoader.Load().BuildIndexes(search: false);
        var random = new Random(seed);
        var patches = 0;

        for (var step = 0; step < 40; step++)
        {
            var paths = Enumerable.Range(0, random.Next(1, 3)).Select(_ => site.RandomEdit(random)).ToList();
            var patched = patchedLoader.Load(paths);
            var full = fullLoader.Load();
            patched.BuildIndexes(search: false);
            full.BuildIndexes(search: false);
            patches += patched.Timings.Patched ? 1 : 0;

            Assert.False(full.Timings.Patched);
            Assert.Equal(Describe(full), Describe(patched));
            Assert.Equal(Related(full), Related(patched));
        }

        // The edits are mostly ones that can be patched; a run that never patched would prove nothing.
        Assert.True(patches >= 20, $"only {patches} of 40 loads were patched");
    }

    /// <summary>Everything a reader or an editor can see of a snapshot, apart from related lists, as text.</summary>
    private static string Describe(ContentSnapshot snapshot)
    {
        var text = new StringBuilder();
        foreach (var article in snapshot.Articles)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"article {article.Slug} '{article.Title}' {article.Meta.Date} {article.Meta.Category} [{string.Join(",", article.Meta.Tags)}] {article.ContentHash} {article.NextReview} {article.ReadingMinutes}");
            text.AppendLine(article.Body.Html);
            text.AppendLine(CultureInfo.InvariantCulture, $"  more: {string.Join(",", snapshot.MoreInCategory(article).Select(a => a.Slug))}");
            text.AppendLine(CultureInfo.InvariantCulture, $"  tags: {string.Join(",", snapshot.TagsOf(article).Select(t => t.Slug))}");
            text.AppendLine(CultureInfo.InvariantCulture, $"  guide: {snapshot.GuideOf(article)?.Slug}");
        }

        foreach (var category in snapshot.Categories)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"category {category.Slug}: {string.Join(",", snapshot.ArticlesIn(category).Select(a => a.Slug))}");
        }

        foreach (var tag in snapshot.Tags.OrderBy(t => t.Slug, StringComparer.Ordinal))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"tag {tag.Slug} '{tag.Name}': {string.Join(",", tag.Articles.Select(a => a.Slug))}");
        }

        foreach (var guide in snapshot.Guides.OrderBy(g => g.Slug, StringComparer.Ordinal))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"guide {guide.Slug} '{guide.Title}': {string.Join(",", guide.Pages.Select(a => a.Slug))}");
        }

        foreach (var problem in snapshot.Problems)
        {
            text.AppendLine(problem.ToString());
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"skipped: {string.Join(",", snapshot.SkippedFiles)}");
        return text.ToString();
    }

    private static string Related(ContentSnapshot snapshot) =>
        string.Join("\n", snapshot.Articles.Select(a => $"{a.Slug}: {string.Join(",", snapshot.RelatedTo(a).Select(r => r.Slug))}"));

    /// <summary>A small site written from a seed, and edits to it that keep every file's parts apart so they can be changed.</summary>
    private sealed class GeneratedSite : IDisposable
    {
        private readonly List<Source> _articles = [];

        public GeneratedSite(int count, int seed)
        {
            var random = new Random(seed);
            Content.Write("categories.yml", string.Concat(Categories.Select(c => $"- slug: {c}\n  name: {c}\n")));
            for (var i = 0; i < count; i++)
            {
                var source = new Source(
                    Title: $"Article {i} on {Pick(random, Words)}",
                    Date: new DateOnly(2020, 1, 1).AddDays(random.Next(0, 40)),
                    Category: Pick(random, Categories),
                    Tags: [.. TagPool.OrderBy(_ => random.Next()).Take(random.Next(0, 4))],
                    Guide: i % 5 == 0 ? null : i < 10 ? "article-00" : null,
                    Order: random.Next(1, 4),
                    Body: $"## Part {i}\n\n{Sentence(random)}\n\nSee [another](/articles/article-{random.Next(count):00}#part-{random.Next(count)}).\n",
                    Extra: string.Empty);
                _articles.Add(source);
                Write(i);
            }
        }

        public TempContent Content { get; } = new();

        public ContentOptions Options => new() { Path = Content.Root };

        public ContentLoader Loader() => new(Options, new MarkdownRenderer());

        public static string FileName(int i) => $"article-{i:00}.md";

        public static string Slug(int i) => $"article-{i:00}";

        public string Edit(int i, Func<Source, Source> change)
        {
            _articles[i] = change(_articles[i]);
            return Write(i);
        }

        /// <summary>One random edit of one article, of the kinds editors make; returns the file's full path.</summary>
        public string RandomEdit(Random random)
        {
            var i = random.Next(_articles.Count);
            return random.Next(10) switch
            {
                0 => Edit(i, a => a with { Title = $"Retitled {random.Next(1000)} {Pick(random, Words)}" }),
                1 => Edit(i, a => a with { Tags = [.. TagPool.OrderBy(_ => random.Next()).Take(random.Next(0, 4))] }),
                2 => Edit(i, a => a with { Category = Pick(random, Categories) }),
                3 => Edit(i, a => a with { Date = a.Date.AddDays(random.Next(-10, 10)) }),
                4 => Edit(i, a => a with { Extra = a.Extra.Length == 0 ? "summary: [broken" : string.Empty }),
                5 => Edit(i, a => a with { Guide = a.Guide is null ? "article-00" : null, Order = random.Next(1, 4) }),
                6 => Edit(i, a => a with { Body = a.Body + $"\nLink to [one more](/articles/article-{random.Next(_articles.Count):00}).\n" }),
                7 when random.Next(4) == 0 => Edit(i, a => a with { Body = $"## Heading {random.Next(100)}\n\n" + a.Body }),
                _ => Edit(i, a => a with { Body = a.Body + $"\n{Sentence(random)}\n" }),
            };
        }

        public void Dispose() => Content.Dispose();

        private string Write(int i)
        {
            var a = _articles[i];
            var front = new StringBuilder()
                .AppendLine(CultureInfo.InvariantCulture, $"title: {a.Title}")
                .AppendLine(CultureInfo.InvariantCulture, $"date: {a.Date:yyyy-MM-dd}")
                .AppendLine(CultureInfo.InvariantCulture, $"category: {a.Category}")
                .AppendLine(CultureInfo.InvariantCulture, $"tags: [{string.Join(", ", a.Tags)}]")
                .AppendLine(a.Guide is null ? string.Empty : $"guide: {a.Guide}\norder: {a.Order}")
                .AppendLine(a.Extra);
            return Content.Article(FileName(i), front.ToString(), a.Body);
        }

        private static string Sentence(Random random) =>
            string.Join(' ', Enumerable.Range(0, random.Next(5, 15)).Select(_ => Pick(random, Words))) + ".";

        private static string Pick(Random random, string[] from) => from[random.Next(from.Length)];
    }

    private sealed record Source(string Title, DateOnly Date, string Category, string[] Tags, string? Guide, int Order, string Body, string Extra);
}
