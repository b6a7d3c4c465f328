using System.Net;

namespace MuscleSpasmInfo.Web.Tests;

public sealed class ArticlePageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task Article_has_one_h1_with_its_title_and_a_publication_time()
    {
        var (response, page) = await site.GetPageAsync("/articles/cause-2");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var h1 = Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Equal("Cause number 2", h1.TextContent.Trim());
        var time = page.QuerySelector(".article-meta time")!;
        Assert.Equal("2020-02-01", time.GetAttribute("datetime"));
        Assert.Equal("1 February 2020", time.TextContent);
        Assert.Contains("minute read", page.QuerySelector(".article-meta")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Breadcrumb_goes_home_then_category_then_article()
    {
        var (_, page) = await site.GetPageAsync("/articles/cause-2");

        var crumbs = page.QuerySelectorAll("nav.breadcrumb li a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal([("Home", "/"), ("Causes", "/categories/causes"), ("Cause number 2", "/articles/cause-2")], crumbs);
    }

    [Fact]
    public async Task More_in_category_lists_other_articles_of_the_category_newest_first_never_itself()
    {
        var (_, page) = await site.GetPageAsync("/articles/cause-2");

        var links = page.QuerySelectorAll("section[aria-labelledby=more-in-category] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/articles/cause-4", "/articles/cause-3", "/articles/cause-1"], links);
        Assert.Equal("More in category", page.QuerySelector("#more-in-category")!.TextContent);
    }

    [Fact]
    public async Task Related_content_lists_existing_articles_never_itself()
    {
        var (_, page) = await site.GetPageAsync("/articles/stretching");

        var links = page.QuerySelectorAll("section[aria-labelledby=related-content] a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(links);
        Assert.InRange(links.Count, 1, 5);
        Assert.DoesNotContain("/articles/stretching", links);
        foreach (var link in links)
        {
            var (response, _) = await site.GetPageAsync(link);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task Every_article_shows_the_caution_linking_to_the_disclaimer()
    {
        var (_, page) = await site.GetPageAsync("/articles/cause-1");

        var caution = page.QuerySelector(".callout-caution")!;
        Assert.Equal("note", caution.GetAttribute("role"));
        Assert.Contains("do not dissipate after a few hours", caution.TextContent, StringComparison.Ordinal);
        Assert.Equal("/articles/medical-disclaimer", caution.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains(page.QuerySelectorAll("footer a"), a => a.GetAttribute("href") == "/articles/medical-disclaimer");
    }

    [Fact]
    public async Task Info_container_renders_as_a_callout_with_a_heading()
    {
        var (_, page) = await site.GetPageAsync("/articles/stretching");

        var callout = page.QuerySelector(".article-body .callout-info")!;
        Assert.Equal("note", callout.GetAttribute("role"));
        Assert.Equal("Information", callout.QuerySelector("h2")!.TextContent);
    }

    [Fact]
    public async Task Unreviewed_article_says_so_and_lists_no_invented_sources()
    {
        var (_, page) = await site.GetPageAsync("/articles/cause-1");

        var trust = page.QuerySelector(".trust")!.TextContent;
        Assert.Contains("This page has not yet been medically reviewed.", trust, StringComparison.Ordinal);
        Assert.Contains("No sources are listed for this page.", trust, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Guide_pages_mark_the_current_page_and_link_previous_and_next()
    {
        var (_, first) = await site.GetPageAsync("/articles/cause-1");
        var (_, middle) = await site.GetPageAsync("/articles/cause-2");
        var (_, last) = await site.GetPageAsync("/articles/cause-4");

        Assert.Equal("/articles/cause-2", middle.QuerySelector(".guide-contents [aria-current=page]")!.GetAttribute("href"));
        Assert.Null(first.QuerySelector(".guide-pager a[rel=prev]"));
        Assert.Equal("/articles/cause-2", first.QuerySelector(".guide-pager a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("/articles/cause-1", middle.QuerySelector(".guide-pager a[rel=prev]")!.GetAttribute("href"));
        Assert.Contains("Cause number 3", middle.QuerySelector(".guide-pager a[rel=next]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(last.QuerySelector(".guide-pager a[rel=next]"));
    }

    [Fact]
    public async Task Unknown_article_is_a_404_page_that_helps_the_reader_on()
    {
        var (response, page) = await site.GetPageAsync("/articles/no-such-article");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", page.QuerySelector("h1")!.TextContent);
        var links = page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/", links);
        Assert.Contains("/categories", links);
    }

    [Fact]
    public async Task Drafts_are_not_served_in_production()
    {
        var (response, _) = await site.GetPageAsync("/articles/draft");
        var (_, category) = await site.GetPageAsync("/categories/causes");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(category.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/articles/draft");
    }

    [Theory]
    [InlineData("/articles/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/articles/%2e%2e%2fappsettings.json")]
    [InlineData("/categories/..%5C..%5Cwindows")]
    [InlineData("/articles/cause-1/extra/segments")]
    [InlineData("/tags/%ff%fe")]
    public async Task Bad_urls_get_a_404_or_400_never_a_500(string path)
    {
        var (response, page) = await site.GetPageAsync(path);

        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"{path} gave {response.StatusCode}");
        Assert.DoesNotContain("Exception", page.Body?.TextContent ?? string.Empty, StringComparison.Ordinal);
    }
}
