using MuscleSpasmInfo.Content.Search;

namespace MuscleSpasmInfo.Content.Tests.Search;

public sealed class SearchIndexTests : IDisposable
{
    private readonly SearchCorpus _corpus = new SearchCorpus()
        .Synonyms("charley horse, leg cramp, muscle cramp, spasm, cramp")
        .Article("night-cramps", "Night Cramps",
            "Cramps wake many people. Charley horses strike the calf at night and the muscle cramps hard.",
            summary: "Why cramps come at night.", alsoCalled: "charley horse")
        .Article("back-spasms", "Back Spasms", "A spasm in the back muscles can follow lifting something heavy.")
        .Article("magnesium", "Magnesium", "A mineral found in nuts, seeds and leafy greens.")
        .Article("minerals", "Diet and Minerals",
            "Magnesium, potassium and calcium matter. Magnesium is in nuts; magnesium also comes in tablets; low magnesium is common.")
        .Article("tonic", "Tonic Water", "Salt & tonic water <script>alert(1)</script> may ease a twitch. Try `<b>quinine</b>` too.")
        .Article("hydration", "Drinking Water", "Water keeps muscles working. Drinking enough helps during exercise.",
            alsoCalled: "hydration, fluids");

    public void Dispose() => _corpus.Dispose();

    [Fact]
    public void Stemming_finds_other_forms_of_a_word()
    {
        Assert.Contains("night-cramps", _corpus.Slugs("cramping"));
        Assert.Contains("hydration", _corpus.Slugs("drinks"));
    }

    [Fact]
    public void A_synonym_finds_an_article_that_never_uses_the_typed_word()
    {
        var hits = _corpus.Slugs("cramp");

        Assert.Equal("night-cramps", hits[0]);
        Assert.Contains("back-spasms", hits);
    }

    [Fact]
    public void A_multi_word_synonym_matches_as_a_phrase()
    {
        var hits = _corpus.Slugs("leg cramp");

        Assert.Contains("night-cramps", hits);
        Assert.Contains("back-spasms", hits);
    }

    [Fact]
    public void Other_names_find_the_article_and_rank_it_first()
    {
        Assert.Equal("hydration", _corpus.Slugs("fluids")[0]);
        Assert.Equal("night-cramps", _corpus.Slugs("charley horse")[0]);
    }

    [Fact]
    public void A_title_match_beats_repeated_mentions_in_another_body()
    {
        var hits = _corpus.Slugs("magnesium");

        Assert.Equal(["magnesium", "minerals"], hits);
    }

    [Fact]
    public void A_word_no_article_has_gives_no_hits_and_no_problem()
    {
        var results = _corpus.Search("xylophone");

        Assert.Equal(SearchProblem.None, results.Problem);
        Assert.Equal(0, results.TotalHits);
        Assert.Equal(0, results.TotalPages);
        Assert.Empty(results.Hits);
    }

    [Fact]
    public void Stop_words_alone_search_nothing()
    {
        var results = _corpus.Search("the and of");

        Assert.Equal(SearchProblem.None, results.Problem);
        Assert.Empty(results.Hits);
    }

    [Fact]
    public void A_typo_falls_back_to_the_nearest_words_and_suggests_them()
    {
        var results = _corpus.Search("cramsp");

        Assert.Equal("night-cramps", results.Hits[0].Article.Slug);
        Assert.Equal("cramps", results.DidYouMean);
    }

    [Fact]
    public void A_typo_next_to_a_known_word_is_still_corrected()
    {
        var results = _corpus.Search("magnesum nuts");

        Assert.Equal(["magnesium", "minerals"], results.Hits.Take(2).Select(h => h.Article.Slug));
        Assert.Equal("magnesium nuts", results.DidYouMean);
    }

    [Fact]
    public void Correct_words_get_no_suggestion()
    {
        Assert.Null(_corpus.Search("magnesium").DidYouMean);
    }

    [Fact]
    public void A_quoted_phrase_matches_only_the_words_together()
    {
        Assert.Equal(["minerals"], _corpus.Slugs("\"low magnesium\""));
        Assert.Empty(_corpus.Slugs("\"magnesium low\""));
    }

    [Fact]
    public void The_query_is_trimmed_and_control_characters_ignored()
    {
        var results = _corpus.Search("  magnesium\u0000\t ");

        Assert.Equal("magnesium", results.Query);
        Assert.Equal("magnesium", results.Hits[0].Article.Slug);
    }

    [Fact]
    public void A_snippet_marks_the_matched_words_in_the_body()
    {
        var snippet = _corpus.Search("cramping").Hits.Single(h => h.Article.Slug == "night-cramps").SnippetHtml;

        Assert.Contains("<mark>Cramps</mark> wake many people", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void A_snippet_from_an_article_body_is_safe_to_write_raw()
    {
        var hit = _corpus.Search("twitch quinine").Hits.Single(h => h.Article.Slug == "tonic");
        var snippet = hit.SnippetHtml;

        Assert.Contains("<b>", hit.Article.Body.PlainText, StringComparison.Ordinal);

        Assert.Contains("<mark>twitch</mark>", snippet, StringComparison.Ordinal);
        Assert.Contains("&amp;", snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>quinine</mark>", snippet, StringComparison.Ordinal);
        var withoutMarks = snippet.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal);
        Assert.DoesNotContain('<', withoutMarks);
        Assert.DoesNotContain('>', withoutMarks);
    }

    [Fact]
    public void Searches_may_run_at_once_on_one_index()
    {
        var queries = new[] { "cramp", "magnesium", "cramsp", "charley horse", "water" };
        var expected = queries.Select(q => _corpus.Slugs(q)).ToList();

        var results = new List<string>[200];
        Parallel.For(0, results.Length, i => results[i] = _corpus.Slugs(queries[i % queries.Length]));

        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[i % queries.Length], results[i]);
        }
    }
}
