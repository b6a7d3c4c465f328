using System.Net;
using System.Text.Json;

namespace MuscleSpasmInfo.Web.Tests;

public sealed class SitePagesTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task Categories_page_lists_every_category_with_description_and_count()
    {
        var (_, page) = await site.GetPageAsync("/categories");

        var items = page.QuerySelectorAll(".category-list li").Select(li => li.TextContent).ToList();
        Assert.Equal(3, items.Count);
        Assert.Contains(items, i => i.Contains("Causes", StringComparison.Ordinal) && i.Contains("(4 articles)", StringComparison.Ordinal) && i.Contains("What can cause cramps.", StringComparison.Ordinal));
        Assert.Contains(items, i => i.Contains("Treatment", StringComparison.Ordinal) && i.Contains("(1 article)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Categories_sort_by_count_puts_the_biggest_first()
    {
        var (_, page) = await site.GetPageAsync("/categories?sort=count");

        Assert.Equal("Causes", page.QuerySelector(".category-list li a")!.TextContent);
    }

    [Fact]
    public async Task Category_page_lists_its_articles_with_summaries()
    {
        var (_, page) = await site.GetPageAsync("/categories/causes");

        Assert.Equal("Causes", page.QuerySelector("h1")!.TextContent);
        var items = page.QuerySelectorAll(".article-list li").ToList();
        Assert.Equal(4, items.Count);
        Assert.All(items, li => Assert.NotNull(li.QuerySelector("p")));
    }

    [Fact]
    public async Task Unknown_category_is_404()
    {
        var (response, _) = await site.GetPageAsync("/categories/nope");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Home_shows_the_guide_categories_and_latest_articles()
    {
        var (_, page) = await site.GetPageAsync("/");

        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Equal(4, page.QuerySelectorAll(".guide-card li a").Length);
        Assert.Equal(3, page.QuerySelectorAll(".category-list li").Length);
        Assert.Equal("/articles/stretching", page.QuerySelector("section[aria-labelledby=latest-articles] a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_to_z_groups_titles_and_other_names_by_letter()
    {
        var (_, page) = await site.GetPageAsync("/a-z");

        var letters = page.QuerySelectorAll("main section h2").Select(h => h.TextContent).ToList();
        Assert.Equal(["C", "L", "M", "S", "T"], letters);
        var l = page.QuerySelector("#letter-L")!.ParentElement!;
        Assert.Contains("limbering", l.TextContent, StringComparison.Ordinal);
        Assert.Equal("/articles/stretching", l.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(letters.Count, page.QuerySelectorAll(".letter-nav a").Length);
    }

    [Fact]
    public async Task Tag_pages_list_tagged_articles()
    {
        var (_, tags) = await site.GetPageAsync("/tags?sort=count");
        var (_, legs) = await site.GetPageAsync("/tags/legs");

        Assert.Equal("legs", tags.QuerySelector(".tag-list a")!.TextContent);
        Assert.Equal(5, legs.QuerySelectorAll(".article-list li").Length);
    }

    [Fact]
    public async Task Healthz_answers_200_with_the_article_count()
    {
        var client = site.CreateClient();
        var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(6, json.RootElement.GetProperty("data").GetProperty("articles").GetInt32());
        Assert.Equal(0, json.RootElement.GetProperty("data").GetProperty("skippedFiles").GetInt32());
    }

    [Fact]
    public async Task Liveness_and_readiness_are_separate_and_readiness_says_when_the_indexes_caught_up()
    {
        var client = site.CreateClient();

        var live = await client.GetAsync(new Uri("/healthz/live", UriKind.Relative));
        using var liveJson = JsonDocument.Parse(await live.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("Healthy", liveJson.RootElement.GetProperty("status").GetString());

        // The indexes are built in the background once the host has started; readiness reports when they have caught up.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        var data = await ReadyDataAsync(client);
        while (!data.GetProperty("indexesCaughtUp").GetBoolean() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
            data = await ReadyDataAsync(client);
        }

        Assert.True(data.GetProperty("indexesCaughtUp").GetBoolean(), data.ToString());
        Assert.Equal(data.GetProperty("snapshot").GetInt64(), data.GetProperty("indexedSnapshot").GetInt64());
    }

    [Fact]
    public async Task Trust_pages_are_linked_from_the_footer_and_served()
    {
        var (_, home) = await site.GetPageAsync("/");
        var footerLinks = home.QuerySelectorAll("footer a").Select(a => a.GetAttribute("href")!).ToList();

        foreach (var path in new[] { "/about", "/privacy", "/advertising" })
        {
            Assert.Contains(path, footerLinks);
            var (response, page) = await site.GetPageAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Single(page.QuerySelectorAll("h1"));
        }

        var (_, advertising) = await site.GetPageAsync("/advertising");
        Assert.Contains("carries no advertising", advertising.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_crawl_from_home_finds_no_broken_internal_link()
    {
        var pages = await Crawler.CrawlAsync(site.CreateClient());

        var broken = pages.Values.Where(p => p.Status != 200).Select(p => $"{p.Path} → {p.Status}").ToList();
        Assert.Empty(broken);
        Assert.Contains("/articles/cause-4", pages.Keys);
    }

    private static async Task<JsonElement> ReadyDataAsync(HttpClient client)
    {
        var ready = await client.GetAsync(new Uri("/healthz/ready", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        using var json = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("data").Clone();
    }
}
