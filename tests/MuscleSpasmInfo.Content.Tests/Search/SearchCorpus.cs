using MuscleSpasmInfo.Content.Catalog;
using MuscleSpasmInfo.Content.Markdown;
using MuscleSpasmInfo.Content.Search;
using MuscleSpasmInfo.Content.Search.Semantic;

namespace MuscleSpasmInfo.Content.Tests.Search;

/// <summary>A small content folder written for one test, loaded like the site loads it, with its search index.</summary>
public sealed class SearchCorpus : IDisposable
{
    private readonly TempContent _content = new();
    private readonly SentenceEmbedder? _embedder;
    private SearchService? _index;

    /// <summary>A corpus searched by words, and with an <paramref name="embedder"/> by the meaning of names too.</summary>
    public SearchCorpus(SentenceEmbedder? embedder = null)
    {
        _embedder = embedder;
        _content.Write("categories.yml", "- slug: causes\n  name: Causes\n  description: Causes.\n");
    }

    /// <summary>Adds an article; call before <see cref="Index"/> is first used.</summary>
    public SearchCorpus Article(string slug, string title, string body, string? summary = null, string? alsoCalled = null)
    {
        var meta = $"title: \"{title}\"\ncategory: causes\ndate: 2020-01-01";
        meta += summary is null ? string.Empty : $"\nsummary: \"{summary}\"";
        meta += alsoCalled is null ? string.Empty : $"\nalsoCalled: [{alsoCalled}]";
        _content.Article($"{slug}.md", meta, body);
        return this;
    }

    /// <summary>Writes synonyms.txt, one group a line.</summary>
    public SearchCorpus Synonyms(params string[] groups)
    {
        _content.Write(ContentLoader.SynonymsFileName, string.Join('\n', groups) + "\n");
        return this;
    }

    /// <summary>The snapshot and its index, built on first use the way the site will build them.</summary>
    public SearchService Index => _index ??= Load();

    public SearchResults Search(string query, int page = 1, int pageSize = 10) => Index.Search(query, page, pageSize);

    /// <summary>The slugs of the first page of hits, best first.</summary>
    public List<string> Slugs(string query) => [.. Search(query).Hits.Select(h => h.Article.Slug)];

    public void Dispose()
    {
        _index?.Dispose();
        _content.Dispose();
    }

    private SearchService Load()
    {
        var snapshot = new ContentLoader(new ContentOptions { Path = _content.Root }, new MarkdownRenderer()).Load();
        Assert.Empty(snapshot.SkippedFiles);
        return SearchService.For(snapshot, _embedder);
    }
}
