using System.Net;

namespace MuscleSpasmInfo.Web.Tests;

public sealed class SearchPageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task Search_form_is_a_plain_get_form_in_the_header_of_every_page()
    {
        var (_, page) = await site.GetPageAsync("/categories");

        var form = page.QuerySelector("header form[role=search]")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/search", form.GetAttribute("action"));
        Assert.NotNull(form.QuerySelector("input[name=q]"));
        Assert.NotNull(form.QuerySelector("label[for=site-search]"));
    }

    [Fact]
    public async Task Results_link_to_articles_with_marked_snippets_and_keep_the_query_in_the_box()
    {
        var (response, page) = await site.GetPageAsync("/search?q=stretching");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var first = page.QuerySelector("ol.search-results li")!;
        Assert.Equal("/articles/stretching", first.QuerySelector("a")!.GetAttribute("href"));
        Assert.NotNull(first.QuerySelector("p mark"));
        Assert.Equal("stretching", page.QuerySelector("#site-search")!.GetAttribute("value"));
    }

    [Fact]
    public async Task No_results_suggest_categories()
    {
        var (_, page) = await site.GetPageAsync("/search?q=xylophone");

        Assert.Contains("No articles match", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/categories/causes");
    }

    [Fact]
    public async Task Empty_and_over_long_queries_get_a_clear_message()
    {
        var (_, empty) = await site.GetPageAsync("/search?q=%20%20");
        var (_, tooLong) = await site.GetPageAsync("/search?q=" + new string('a', 300));

        Assert.Contains("Enter a word or phrase", empty.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("too long", tooLong.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"unbalanced")]
    [InlineData("*")]
    [InlineData("NEAR(cramp")]
    [InlineData("((([[[")]
    [InlineData("cramp AND OR NOT")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("%00%ff")]
    public async Task Hostile_queries_never_give_a_500_and_never_echo_markup(string query)
    {
        var (response, page) = await site.GetPageAsync("/search?q=" + Uri.EscapeDataString(query));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(page.QuerySelectorAll("main script"));
    }

    [Fact]
    public async Task A_ten_kilobyte_query_is_refused_politely()
    {
        var (response, page) = await site.GetPageAsync("/search?q=" + new string('x', 10 * 1024));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("too long", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_pages_are_not_indexed_by_search_engines()
    {
        var (_, page) = await site.GetPageAsync("/search?q=legs");

        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
    }
}
