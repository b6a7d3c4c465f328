using MuscleSpasmInfo.Content.Catalog;
using MuscleSpasmInfo.Content.Markdown;
using MuscleSpasmInfo.Content.Search.Semantic;

namespace MuscleSpasmInfo.Content.Tests.Search;

/// <summary>The real sentence model, loaded once for the tests that use it.</summary>
public sealed class EmbedderFixture : IDisposable
{
    public SentenceEmbedder Embedder { get; } = new();

    public void Dispose() => Embedder.Dispose();
}

/// <summary>
/// Search across the reader's vocabulary: a word no page uses finds the page whose names mean it (by the real MiniLM
/// model), other names lead to their article's title, and nonsense still finds nothing.
/// </summary>
public sealed class MeaningSearchTests(EmbedderFixture model) : IClassFixture<EmbedderFixture>
{
    [Fact]
    public void A_medical_word_no_page_uses_finds_the_page_whose_title_means_it()
    {
        using var byWords = Corpus(null);
        using var byMeaning = Corpus(model.Embedder);

        Assert.Empty(byWords.Slugs("insomnia"));
        Assert.Equal("sleep", byMeaning.Slugs("insomnia").First());
    }

    [Fact]
    public void Nonsense_finds_nothing_even_by_meaning()
    {
        using var corpus = Corpus(model.Embedder);

        var results = corpus.Search("xqzvw");

        Assert.Empty(results.Hits);
        Assert.Equal(0, results.TotalHits);
    }

    [Fact]
    public void A_match_by_meaning_is_counted_and_pages_like_any_other()
    {
        using var corpus = Corpus(model.Embedder);

        var results = corpus.Search("insomnia", pageSize: 1);

        Assert.True(results.TotalHits >= 1);
        Assert.Equal(results.TotalHits, results.TotalPages);
        Assert.NotEmpty(Assert.Single(results.Hits).SnippetHtml);
    }

    [Fact]
    public void A_words_match_keeps_first_place()
    {
        using var corpus = Corpus(model.Embedder);

        Assert.Equal("minerals", corpus.Slugs("magnesium").First());
    }

    [Fact]
    public void Names_are_encoded_once_and_again_only_when_they_change()
    {
        using var content = new TempContent();
        content.Write("categories.yml", "- slug: causes\n  name: Causes\n  description: Causes.\n");
        content.Article("sleep.md", "title: Sleep disturbances\ncategory: causes", "Poor sleep.");
        content.Article("minerals.md", "title: Mineral depletion\ncategory: causes", "Magnesium.");
        var loader = new ContentLoader(new ContentOptions { Path = content.Root }, new MarkdownRenderer());
        var builder = new NameVectorsBuilder(model.Embedder);

        builder.Build(1, loader.Load().Articles, CancellationToken.None);
        Assert.Equal(2, builder.Encoded);

        content.Article("minerals.md", "title: Mineral depletion\ncategory: causes", "Magnesium and potassium.");
        builder.Build(2, loader.Load().Articles, CancellationToken.None);
        Assert.Equal(0, builder.Encoded);

        content.Article("minerals.md", "title: Low minerals\ncategory: causes", "Magnesium and potassium.");
        var vectors = builder.Build(3, loader.Load().Articles, CancellationToken.None);
        Assert.Equal(1, builder.Encoded);
        Assert.Equal(2, vectors.Count); // one name each
    }

    [Fact]
    public void A_stopped_build_throws_and_keeps_nothing_half_done()
    {
        using var corpus = Corpus(null);
        var articles = corpus.Index.Search("cramps").Hits.Select(h => h.Article).ToList();
        var builder = new NameVectorsBuilder(model.Embedder);
        using var stop = new CancellationTokenSource();
        stop.Cancel();

        Assert.Throws<OperationCanceledException>(() => builder.Build(1, articles, stop.Token));
        builder.Build(2, articles, CancellationToken.None);
        Assert.Equal(articles.Count, builder.Encoded);
    }

    [Fact]
    public void An_other_name_leads_to_its_title_but_not_back()
    {
        using var corpus = new SearchCorpus()
            .Article("cancer", "Cancer", "Cancer is a disease of cells.", alsoCalled: "\"Neoplasms\"")
            .Article("kidney-cancer", "Kidney cancer", "Cancer of the kidney.")
            .Article("growths", "Growths", "Neoplasms are growths of tissue.");

        Assert.Contains("kidney-cancer", corpus.Slugs("kidney neoplasms"));
        Assert.DoesNotContain("growths", corpus.Slugs("kidney cancer"));
    }

    private static SearchCorpus Corpus(SentenceEmbedder? embedder) => new SearchCorpus(embedder)
        .Article("sleep", "Sleep disturbances", "Lying awake at night leaves muscles tired, and tired muscles cramp.")
        .Article("minerals", "Mineral depletion", "Low magnesium and potassium can make muscles cramp.")
        .Article("overuse", "Muscle overuse", "Exercise beyond what a muscle is used to can bring on cramps.");
}
