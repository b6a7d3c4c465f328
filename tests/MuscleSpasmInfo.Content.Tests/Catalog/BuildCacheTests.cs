using System.Collections;
using MuscleSpasmInfo.Content.Build;
using MuscleSpasmInfo.Content.Catalog;
using MuscleSpasmInfo.Content.FrontMatter;
using MuscleSpasmInfo.Content.Markdown;
using MuscleSpasmInfo.Content.Tests.TestSupport;

namespace MuscleSpasmInfo.Content.Tests.Catalog;

/// <summary>
/// The build cache is a memo across restarts: a restart with unchanged content takes every parse from it and shows what a
/// build that parsed everything shows; an entry of another version, a corrupt one or one of an older version of a file is
/// never used.
/// </summary>
public sealed class BuildCacheTests : IDisposable
{
    private const int Files = 6;
    private readonly TempContent _content = new();
    private readonly TempContent _cacheFolder = new();
    private readonly List<string> _warnings = [];
    private readonly List<ContentLoader> _loaders = [];

    public BuildCacheTests()
    {
        _content.WriteCategories();
        for (var i = 0; i < Files; i++)
        {
            _content.Article($"article-{i}.md", $"title: Article {i}\ncategory: causes\ntags: [cramp, night]\nsummary: About {i}.\nalsoCalled: [name {i}]\nsources:\n  - {{ title: A source, url: https://example.org/{i}, accessed: 2025-01-02 }}",
                $"## Heading {i}\n\nText with a [link](/articles/article-{(i + 1) % Files}) and <b>raw</b> HTML.\n\n:::tip\nA tip.\n:::\n");
        }
    }

    public void Dispose()
    {
        foreach (var loader in _loaders)
        {
            loader.Dispose();
        }

        _content.Dispose();
        _cacheFolder.Dispose();
    }

    [Fact]
    public void A_restart_with_unchanged_content_takes_every_parse_from_the_cache_and_shows_the_same_site()
    {
        var uncached = Loading.Load(_content.Root);
        FirstStart();

        var restart = Loader().Load();

        Assert.Equal(Files, restart.Timings.Cached);
        Assert.Equal(IncrementalBuildTests.Describe(uncached), IncrementalBuildTests.Describe(restart));
        Assert.Empty(_warnings);
    }

    [Fact]
    public void Entries_made_with_other_settings_are_ignored_with_one_warning()
    {
        FirstStart();

        var restart = Loader(o => o.TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London")).Load();

        Assert.Equal(0, restart.Timings.Cached);
        Assert.Contains("another engine version", Assert.Single(_warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void An_entry_of_another_engine_version_is_ignored()
    {
        FirstStart();
        var pack = Assert.Single(Packs());
        var bytes = File.ReadAllBytes(pack);
        // An entry's fingerprint follows its 10-byte magic and its 1-byte length: change one of its hex digits.
        var at = EntryStarts(bytes)[0] + 12;
        bytes[at] = bytes[at] == (byte)'0' ? (byte)'1' : (byte)'0';
        File.WriteAllBytes(pack, bytes);

        var restart = Loader().Load();

        Assert.Equal(Files - 1, restart.Timings.Cached);
        Assert.Contains("another engine version", Assert.Single(_warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void A_corrupt_entry_is_ignored_with_a_warning_and_its_file_parsed_again()
    {
        var uncached = Loading.Load(_content.Root);
        FirstStart();
        var pack = Assert.Single(Packs());
        var bytes = File.ReadAllBytes(pack);
        var second = EntryStarts(bytes)[1];
        bytes[second - 40] ^= 0x20; // inside the first entry's parse, which its hash covers
        File.WriteAllBytes(pack, bytes);

        var restart = Loader().Load();

        Assert.Equal(Files - 1, restart.Timings.Cached);
        Assert.Contains("corrupt", Assert.Single(_warnings), StringComparison.Ordinal);
        Assert.Equal(IncrementalBuildTests.Describe(uncached), IncrementalBuildTests.Describe(restart));
    }

    [Theory]
    [InlineData("truncate")]
    [InlineData("empty")]
    [InlineData("table")]
    public void A_damaged_pack_is_ignored_with_a_warning_and_every_file_parsed_again(string damage)
    {
        var uncached = Loading.Load(_content.Root);
        FirstStart();
        var pack = Assert.Single(Packs());
        var bytes = File.ReadAllBytes(pack);
        File.WriteAllBytes(pack, damage switch
        {
            "truncate" => bytes[..(bytes.Length / 2)],
            "table" => [.. bytes[..^80], (byte)(bytes[^80] ^ 0x01), .. bytes[^79..]],
            _ => [],
        });

        var loader = Loader();
        var restart = loader.Load();

        Assert.Equal(0, restart.Timings.Cached);
        Assert.Contains("corrupt", Assert.Single(_warnings), StringComparison.Ordinal);
        Assert.Equal(IncrementalBuildTests.Describe(uncached), IncrementalBuildTests.Describe(restart));
        // The next save replaces the damaged pack with a whole one.
        Assert.Equal(Files, loader.SaveCache());
        Assert.Equal(Files, Loader().Load().Timings.Cached);
        Assert.Single(Packs());
    }

    [Fact]
    public void Saves_after_edits_add_small_packs_which_are_compacted_and_drop_what_is_gone()
    {
        var loader = Loader();
        loader.Load();
        loader.SaveCache();
        for (var edit = 0; edit < 12; edit++)
        {
            _content.Article("article-1.md", $"title: Article 1 edit {edit}\ncategory: causes", $"Edit {edit}. {new string('x', edit)}");
            loader.Load();
            Assert.Equal(1, loader.SaveCache());
        }

        File.Delete(Path.Combine(_content.Root, "article-2.md"));
        loader.Load();
        loader.SaveCache();

        Assert.InRange(Packs().Length, 1, 9);
        var restart = Loader().Load();
        Assert.Equal(Files - 1, restart.Timings.Cached);
        Assert.Equal("Article 1 edit 11", restart.FindArticle("article-1")!.Title);
        Assert.Empty(_warnings);
    }

    [Fact]
    public void A_file_changed_while_the_site_was_down_is_parsed_again_and_shows_its_new_text()
    {
        FirstStart();
        _content.Article("article-2.md", "title: Article 2 rewritten\ncategory: causes", "Quinine is new here.");

        var restart = Loader().Load();

        Assert.Equal(Files - 1, restart.Timings.Cached);
        Assert.Contains("Quinine", restart.FindArticle("article-2")!.Body.Html, StringComparison.Ordinal);
        Assert.Equal("Article 2 rewritten", restart.FindArticle("article-2")!.Title);
    }

    [Fact]
    public void The_cache_folder_can_be_deleted_at_any_time()
    {
        var loader = Loader();
        loader.Load();
        Directory.Delete(_cacheFolder.Root, recursive: true);

        Assert.Equal(Files, loader.SaveCache());
        Assert.Equal(Files, Loader().Load().Timings.Cached);
    }

    [Fact]
    public void Every_front_matter_field_and_every_part_of_a_rendering_survive_the_cache()
    {
        _content.Article("full.md", """
            title: Full
            slug: full-article
            summary: Every field.
            date: 2024-01-02
            updated: 2024-02-03
            category: causes
            tags: [one, two]
            related: [article-1]
            alsoCalled: [other name]
            author: An Author
            reviewedBy: { name: A Reviewer, credential: MD }
            lastReviewed: 2024-03-04
            nextReview: 2027-03-04
            sources:
              - { title: S, url: https://example.org/s, accessed: 2024-01-01 }
            draft: true
            aliases: [/old/full]
            guide: a-guide
            order: 3
            ignore: [MSI052]
            unknownField: x
            """, "# Title\n\n## One\n\n![an image](media/x.png)\n\n<script>alert(1)</script>\n");
        var parsed = Loading.Load(_content.Root, configure: o => o.ShowDrafts = true).FindArticle("full-article")!;
        FirstStart(o => o.ShowDrafts = true);

        var cached = Loader(o => o.ShowDrafts = true).Load().FindArticle("full-article")!;

        foreach (var property in typeof(ArticleFrontMatter).GetProperties())
        {
            Assert.True(AreAlike(property.GetValue(parsed.Meta), property.GetValue(cached.Meta)), $"front matter {property.Name} differs");
        }

        foreach (var property in typeof(RenderedMarkdown).GetProperties())
        {
            Assert.True(AreAlike(property.GetValue(parsed.Body), property.GetValue(cached.Body)), $"rendering {property.Name} differs");
        }
    }

    private ContentLoader Loader(Action<ContentOptions>? configure = null)
    {
        var loader = new ContentLoader(Options(configure), new MarkdownRenderer(), new FixedClock(Loading.Today), new BuildCache(_cacheFolder.Root, _warnings.Add));
        _loaders.Add(loader);
        return loader;
    }

    private ContentOptions Options(Action<ContentOptions>? configure)
    {
        var options = new ContentOptions { Path = _content.Root };
        configure?.Invoke(options);
        return options;
    }

    private void FirstStart(Action<ContentOptions>? configure = null)
    {
        var loader = Loader(configure);
        Assert.Equal(0, loader.Load().Timings.Cached);
        Assert.True(loader.SaveCache() > 0);
    }

    private string[] Packs() => [.. Directory.GetFiles(_cacheFolder.Root, "*.pack").Order(StringComparer.Ordinal)];

    /// <summary>Where each entry of a pack starts: at its magic.</summary>
    private static List<int> EntryStarts(byte[] pack)
    {
        var magic = "MSIPARSE2\n"u8.ToArray();
        var starts = new List<int>();
        for (var i = pack.AsSpan().IndexOf(magic); i >= 0; i = pack.AsSpan(i + 1).IndexOf(magic) is var next and >= 0 ? i + 1 + next : -1)
        {
            starts.Add(i);
        }

        return starts;
    }

    private static bool AreAlike(object? a, object? b) => (a, b) switch
    {
        (string x, string y) => x == y,
        (IDictionary x, IDictionary y) => x.Count == y.Count && x.Keys.Cast<object>().All(k => y.Contains(k) && Equals(x[k], y[k])),
        (IEnumerable x, IEnumerable y) => x.Cast<object?>().SequenceEqual(y.Cast<object?>()),
        _ => Equals(a, b),
    };
}
