using Microsoft.Playwright;

namespace MuscleSpasmInfo.Browser.Tests;

/// <summary>What a reader does on the real seed content, click by click.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class ReaderJourneyTests(BrowserSite site)
{
    [Fact]
    public async Task Home_to_category_to_article_to_a_related_link_and_back()
    {
        var page = await site.NewPageAsync();
        try
        {
            Assert.Equal(200, await page.OpenAsync("/"));

            await page.Locator(".category-list a", new() { HasText = "Causes of muscle spasms" }).FollowAsync();
            Assert.Equal("/categories/causes", page.Path());
            Assert.Equal("Causes of muscle spasms", await page.Locator("h1").InnerTextAsync());

            await page.Locator("main .article-list a", new() { HasText = "Mineral Depletion" }).FollowAsync();
            Assert.Equal("/articles/mineral-depletion", page.Path());
            Assert.Equal("Mineral Depletion", await page.Locator("h1").InnerTextAsync());

            var related = page.Locator("section[aria-labelledby=related-content] a").First;
            var relatedTitle = (await related.InnerTextAsync()).Trim();
            var relatedHref = await related.FollowAsync();
            Assert.Equal(relatedHref, page.Path());
            Assert.Equal(relatedTitle, (await page.Locator("h1").InnerTextAsync()).Trim());

            await page.GoBackAsync();
            await page.WaitForLoadedAsync("/articles/mineral-depletion");
            Assert.Equal("Mineral Depletion", await page.Locator("h1").InnerTextAsync());
            await page.GoBackAsync();
            await page.WaitForLoadedAsync("/categories/causes");
            Assert.Equal("Causes of muscle spasms", await page.Locator("h1").InnerTextAsync());
        }
        finally
        {
            await page.CloseAllAsync();
        }
    }

    [Fact]
    public async Task Searching_for_charley_horse_leads_to_the_article()
    {
        var page = await site.NewPageAsync();
        try
        {
            Assert.Equal(200, await page.OpenAsync("/"));
            await page.Locator("#site-search").FillAsync("charley horse");
            await page.Locator(".search-form button[type=submit]").ClickAsync();
            await page.WaitForLoadedAsync("/search");
            Assert.StartsWith("/search?q=charley", page.Path(), StringComparison.Ordinal);

            var first = page.Locator("ol.search-results li a").First;
            var href = await first.GetAttributeAsync("href");
            Assert.Equal("/articles/sleep-disturbances", href);
            await ScreenshotTests.SaveAsync(site, page, "search-results");

            Assert.Equal(href, await first.FollowAsync());
            Assert.Equal(1, await page.Locator("h1").CountAsync());
        }
        finally
        {
            await page.CloseAllAsync();
        }
    }

    [Fact]
    public async Task The_guide_can_be_read_with_Next_from_first_page_to_last()
    {
        var page = await site.NewPageAsync();
        try
        {
            await page.OpenAsync("/");
            var guidePages = await page.Locator(".guide-card ol a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
            Assert.True(guidePages.Length >= 2, "The home page lists the guide's pages.");

            var visited = new List<string> { await page.Locator(".guide-card ol a").First.FollowAsync() };
            var next = page.Locator(".guide-pager a[rel=next]");
            while (await next.CountAsync() > 0)
            {
                visited.Add(await next.FollowAsync());
                Assert.True(visited.Count <= guidePages.Length, "Next never loops: " + string.Join(" → ", visited));
            }

            Assert.Equal(guidePages, visited);
            Assert.Equal(1, await page.Locator(".guide-pager a[rel=prev]").CountAsync());
        }
        finally
        {
            await page.CloseAllAsync();
        }
    }

    [Fact]
    public async Task The_not_found_page_offers_links_that_work()
    {
        var page = await site.NewPageAsync();
        try
        {
            Assert.Equal(404, await page.OpenAsync(BrowserSite.MissingPage));
            Assert.Equal("Page not found", await page.Locator("h1").InnerTextAsync());
            var links = await page.Locator("main a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
            Assert.NotEmpty(links);
            foreach (var href in links)
            {
                await page.OpenAsync(BrowserSite.MissingPage);
                await page.Locator($"main a[href='{href}']").FollowAsync();
                var response = await site.Http.GetAsync(new Uri(page.Path(), UriKind.Relative));
                Assert.True(response.IsSuccessStatusCode, $"{href} from the 404 page answered {(int)response.StatusCode}");
                Assert.Equal(href, page.Path());
            }
        }
        finally
        {
            await page.CloseAllAsync();
        }
    }
}
