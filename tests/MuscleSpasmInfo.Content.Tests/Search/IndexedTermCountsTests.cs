using System.Collections.Concurrent;
using MuscleSpasmInfo.Content.Related;
using MuscleSpasmInfo.Content.Search;
using MuscleSpasmInfo.Content.Tests.Languages;
using MuscleSpasmInfo.Content.Tests.TestSupport;

namespace MuscleSpasmInfo.Content.Tests.Search;

/// <summary>
/// Related content reads its term counts from the search index of a first build instead of analysing every article again:
/// the counts must be exactly those an analysis of each article gives, in every language, and the related lists the same.
/// </summary>
public sealed class IndexedTermCountsTests : IDisposable
{
    // Enough articles that the search index is written by several writers at once (SearchIndexWriter.AddAll).
    private const int Articles = 1100;
    private static readonly string[] Words =
        ["cramp", "cramps", "cramping", "muscle's", "muscles", "night", "a", "I", "café", "naïve", "leg", "calf", "the", "of", "x-ray", "o'clock", "señal", "B12", "2024", "ß"];

    private readonly TempContent _content = new();

    public IndexedTermCountsTests()
    {
        _content.WriteCategories();
        _content.Write("categories.es.yml", "- slug: causes\n  name: Causas\n  description: Causas.\n");
        var random = new Random(7);
        string Text(int words) => string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)]));
        for (var i = 0; i < Articles; i++)
        {
            var meta = $"title: {Text(3)} {i}\ndate: 2020-01-{1 + (i % 28):00}\ncategory: causes\ntags: [t{i % 13}]\nsummary: {Text(8)}";
            meta += i % 3 == 0 ? $"\nalsoCalled: [{Text(2)}, {Text(2)}]" : string.Empty;
            _content.Article($"article-{i}.md", meta, $"## {Text(3)}\n\n{Text(40)}\n\n- {Text(5)}\n- {Text(5)}\n");
        }

        _content.Article("article-0.es.md", "title: Calambres de la pierna\nslug: calambres\ndate: 2020-01-01\ntranslated: 2020-02-01\ncategory: causes\nalsoCalled: [espasmos]",
            "Los calambres ocurren de noche en los músculos de la pierna.");
    }

    public void Dispose() => _content.Dispose();

    [Fact]
    public void Counts_read_from_the_index_are_the_counts_of_analysing_each_article_in_its_language()
    {
        var snapshot = Loading.Load(_content.Root, configure: Translations.Declare);
        using var search = new LanguageSearch(snapshot.Languages);
        search.Index(snapshot);
        var pool = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);

        foreach (var language in snapshot.Languages.All)
        {
            var articles = snapshot.ArticlesIn(language);
            var counts = search.TermCounts(language, articles, term => pool.GetOrAdd(new string(term), t => t));

            Assert.Equal(articles.Count, counts.Count);
            foreach (var article in articles)
            {
                var text = Terms.Count($"{article.Title}\n{article.Title}\n{article.Meta.Summary}\n{article.Body.PlainText}", language: article.Language);
                var names = Terms.Count(string.Join('\n', article.Meta.AlsoCalled.Prepend(article.Title)), language: article.Language);
                Assert.Equal(text, counts[article.Key].Text);
                Assert.Equal(names, counts[article.Key].Names);
            }
        }
    }

    [Fact]
    public void Related_lists_built_from_the_index_counts_are_those_built_by_analysis()
    {
        var snapshot = Loading.Load(_content.Root, configure: Translations.Declare);
        using var search = new LanguageSearch(snapshot.Languages);
        search.Index(snapshot);
        var english = snapshot.Languages.Default;
        var articles = snapshot.ArticlesIn(english);

        var analysed = new RelatedContentBuilder().Build(articles);
        var builder = new RelatedContentBuilder();
        var fromIndexCount = 0;
        var fromIndex = builder.Build(articles, (some, intern) =>
        {
            var counts = search.TermCounts(english, some, intern);
            fromIndexCount = counts.Count;
            return counts;
        });

        Assert.Equal(articles.Count, fromIndexCount);
        Assert.All(articles, a => Assert.Equal(analysed.For(a.Key), fromIndex.For(a.Key)));
    }
    [Fact]
    public void A_first_build_by_several_writers_keeps_the_articles_order()
    {
        var snapshot = Loading.Load(_content.Root, configure: Translations.Declare);
        var articles = snapshot.ArticlesIn(snapshot.Languages.Default);
        using var analyzer = SearchAnalyzers.For(snapshot.Languages.Default);
        using var writer = SearchIndexWriter.Create(analyzer);

        SearchIndexWriter.AddAll(writer, analyzer, articles);

        using var reader = Lucene.Net.Index.DirectoryReader.Open(writer, applyAllDeletes: true);
        Assert.True(reader.Leaves.Count > 1, "one writer wrote the whole index: the test needs more articles");
        var slugs = reader.Leaves.SelectMany(leaf =>
        {
            var values = leaf.AtomicReader.GetBinaryDocValues(SearchFields.Slug);
            return Enumerable.Range(0, leaf.AtomicReader.MaxDoc).Select(doc =>
            {
                var bytes = new Lucene.Net.Util.BytesRef();
                values.Get(doc, bytes);
                return bytes.Utf8ToString();
            }).ToList();
        });
        Assert.Equal(articles.Select(a => a.Key), slugs);
    }

    [Fact]
    public void A_stopping_site_stops_the_search_and_related_builds()
    {
        var snapshot = Loading.Load(_content.Root, configure: Translations.Declare);
        using var search = new LanguageSearch(snapshot.Languages);
        using var stopping = new CancellationTokenSource();
        stopping.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => search.Index(snapshot, stopping.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => new RelatedContentBuilder().Build(snapshot.ArticlesIn(snapshot.Languages.Default), cancellationToken: stopping.Token));
        Assert.Equal(0, search.Version);
    }
}
