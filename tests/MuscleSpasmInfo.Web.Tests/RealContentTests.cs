using System.Net;

namespace MuscleSpasmInfo.Web.Tests;

/// <summary>The one place tests read the repository's own content: the seed must be there, whole and linked.</summary>
public sealed class RealContentTests : IClassFixture<RealContentTests.RealSite>
{
    private static readonly string[] Triggers = ["muscle-overuse", "poor-blood-circulation", "mineral-depletion", "nerve-damage", "sleep-disturbances"];

    private readonly RealSite _site;

    public RealContentTests(RealSite site) => _site = site;

    public sealed class RealSite() : SiteFactory(Repository.ContentFolder, copy: false);

    [Fact]
    public async Task All_seven_seed_pieces_are_served()
    {
        var (_, overview) = await _site.GetPageAsync("/articles/5-major-triggers-of-muscle-spasms");
        Assert.Equal("5 Major Triggers of Muscle Spasms", overview.QuerySelector("h1")!.TextContent);
        Assert.Equal("2016-05-07", overview.QuerySelector(".article-meta time")!.GetAttribute("datetime"));
        var overviewLinks = overview.QuerySelectorAll(".article-body a").Select(a => a.GetAttribute("href")).ToList();

        foreach (var slug in Triggers)
        {
            var (response, _) = await _site.GetPageAsync($"/articles/{slug}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains($"/articles/{slug}", overviewLinks);
        }

        var (disclaimer, page) = await _site.GetPageAsync("/articles/medical-disclaimer");
        Assert.Equal(HttpStatusCode.OK, disclaimer.StatusCode);
        Assert.Contains("do not dissipate after a few hours", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_caution_on_every_article_is_in_the_seed_disclaimer_s_own_words()
    {
        var (_, disclaimer) = await _site.GetPageAsync("/articles/medical-disclaimer");
        var seedWords = disclaimer.QuerySelector(".article-body .callout-urgent p")!.TextContent.Trim();

        foreach (var slug in Triggers)
        {
            var (_, page) = await _site.GetPageAsync($"/articles/{slug}");
            Assert.Equal(seedWords, page.QuerySelector(".callout-caution p")!.TextContent);
        }

        Assert.StartsWith("Consult with your doctor or health care professional", seedWords, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_trigger_links_to_more_in_category_and_related_content_that_exist()
    {
        foreach (var slug in Triggers)
        {
            var (_, page) = await _site.GetPageAsync($"/articles/{slug}");
            foreach (var section in new[] { "more-in-category", "related-content" })
            {
                var links = page.QuerySelectorAll($"section[aria-labelledby={section}] a").Select(a => a.GetAttribute("href")!).ToList();
                Assert.True(links.Count > 0, $"{slug} has no {section} links");
                Assert.DoesNotContain($"/articles/{slug}", links);
                var (target, _) = await _site.GetPageAsync(links[0]);
                Assert.Equal(HttpStatusCode.OK, target.StatusCode);
            }
        }
    }

    [Fact]
    public async Task The_category_page_lists_the_five_triggers()
    {
        var (_, overview) = await _site.GetPageAsync("/articles/muscle-overuse");
        var categoryUrl = overview.QuerySelectorAll("nav.breadcrumb a")[1].GetAttribute("href")!;

        var (_, category) = await _site.GetPageAsync(categoryUrl);

        var listed = category.QuerySelectorAll(".article-list a").Select(a => a.GetAttribute("href")).ToList();
        Assert.All(Triggers, slug => Assert.Contains($"/articles/{slug}", listed));
    }

    [Theory]
    [InlineData("charley horse", "/articles/sleep-disturbances")]
    [InlineData("cramping", "/articles/5-major-triggers-of-muscle-spasms")]
    [InlineData("magnesium", "/articles/mineral-depletion")]
    public async Task Search_finds_the_right_seed_article_first(string query, string expected)
    {
        var (_, page) = await _site.GetPageAsync("/search?q=" + Uri.EscapeDataString(query));

        Assert.Equal(expected, page.QuerySelector("ol.search-results li a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_reader_can_walk_the_guide_with_next_from_first_to_last()
    {
        var visited = new List<string>();
        string? path = "/articles/5-major-triggers-of-muscle-spasms";
        while (path is not null && visited.Count < 20)
        {
            visited.Add(path);
            var (_, page) = await _site.GetPageAsync(path);
            path = page.QuerySelector(".guide-pager a[rel=next]")?.GetAttribute("href");
        }

        Assert.Equal(
            ["/articles/5-major-triggers-of-muscle-spasms", .. Triggers.Select(t => $"/articles/{t}")],
            visited);
    }

    [Fact]
    public async Task A_crawl_of_the_real_site_finds_no_broken_internal_link()
    {
        var pages = await Crawler.CrawlAsync(_site.CreateClient());

        Assert.Empty(pages.Values.Where(p => p.Status != 200).Select(p => $"{p.Path} → {p.Status}"));
        Assert.True(pages.Count >= 7 + 4);
    }
}
