using MuscleSpasmInfo.Content.Search;

namespace MuscleSpasmInfo.Content.Tests.Search;

public sealed class SearchInputTests : IDisposable
{
    private readonly SearchCorpus _corpus = new SearchCorpus()
        .Synonyms("charley horse, leg cramp, spasm, cramp")
        .Article("cramps", "Cramps", "Cramps and spasms: what to do about a charley horse.")
        .Article("water", "Water", "Drinking water (and other fluids) helps.");

    public void Dispose() => _corpus.Dispose();

    public static TheoryData<string> HostileQueries =>
    [
        "\"",
        "\"\"",
        "\"cramp",
        "cramp\"",
        "*",
        "cramp*",
        "?ramp",
        "cr?mp",
        "NEAR(cramp, water)",
        "(cramp",
        "cramp)",
        "[cramp TO water",
        "{}",
        "AND OR NOT",
        "cramp AND NOT water",
        "-cramp +water",
        "cramp~2",
        "cramp^100",
        "title:cramp",
        "\\",
        "cramp\\",
        "\\\"cramp\\\"",
        "/cramp.*/",
        "!!!",
        "&&||",
        "<script>alert(1)</script>",
        "\u0001\u0002cramp\u001f",
        "\ud83d\udca5 cramp \ud83e\udd75",
        "\ud800",
        "cramp\udc00",
        "' OR 1=1 --",
        "%00%20",
        "a",
    ];

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public void Any_query_text_returns_results_without_throwing(string query)
    {
        var results = _corpus.Search(query);

        Assert.True(results.Problem is SearchProblem.None or SearchProblem.Empty);
        Assert.Equal(results.Hits.Count, Math.Min(results.TotalHits, results.PageSize));
    }

    [Fact]
    public void Lucene_syntax_is_read_as_words()
    {
        Assert.Equal("cramps", _corpus.Slugs("cramp*")[0]);
        Assert.Equal("water", _corpus.Slugs("NEAR(water")[0]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n\r")]
    [InlineData("\u0000")]
    [InlineData(null)]
    public void An_empty_query_is_reported_as_empty(string? query)
    {
        var results = _corpus.Index.Search(query);

        Assert.Equal(SearchProblem.Empty, results.Problem);
        Assert.Equal(string.Empty, results.Query);
        Assert.Empty(results.Hits);
    }

    [Fact]
    public void A_query_over_the_limit_is_too_long_and_not_run()
    {
        var query = string.Concat(Enumerable.Repeat("cramp ", 10 * 1024 / 6));

        var results = _corpus.Search(query);

        Assert.Equal(SearchProblem.TooLong, results.Problem);
        Assert.Empty(results.Hits);
        Assert.Equal(SearchService.MaxQueryLength, results.Query.Length);
    }

    [Fact]
    public void A_query_at_the_limit_runs()
    {
        var query = ("cramp " + new string('x', SearchService.MaxQueryLength))[..SearchService.MaxQueryLength];

        var results = _corpus.Search(query);

        Assert.Equal(SearchProblem.None, results.Problem);
        Assert.Equal("cramps", results.Hits[0].Article.Slug);
    }

    [Fact]
    public void Many_words_are_searched_without_error()
    {
        var query = string.Join(' ', Enumerable.Range(0, 45).Select(i => $"w{i}")) + " water";

        var results = _corpus.Search(query);

        Assert.True(query.Length <= SearchService.MaxQueryLength);
        Assert.Equal(SearchProblem.None, results.Problem);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(-5, -5)]
    [InlineData(int.MaxValue, int.MaxValue)]
    [InlineData(int.MinValue, int.MinValue)]
    public void Nonsense_paging_is_clamped(int page, int pageSize)
    {
        var results = _corpus.Search("cramp", page, pageSize);

        Assert.True(results.Page >= 1);
        Assert.InRange(results.PageSize, 1, SearchService.MaxPageSize);
    }
}
