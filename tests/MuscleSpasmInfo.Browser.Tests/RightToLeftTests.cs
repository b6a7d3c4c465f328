namespace MuscleSpasmInfo.Browser.Tests;

/// <summary>A right-to-left language (the Arabic fixture) mirrors the layout and still fits a 320 px screen.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class RightToLeftTests(BrowserSite site)
{
    private const string Measure = """
        () => {
            const box = s => document.querySelector(s).getBoundingClientRect();
            const main = box('main');
            return {
                direction: getComputedStyle(document.body).direction,
                lang: document.documentElement.lang,
                h1Right: box('h1').right, h1Left: box('h1').left, mainRight: main.right, mainLeft: main.left,
                nameRight: box('.site-name').right, searchRight: box('.search-form').right,
                firstNavRight: box('.site-nav li:first-child').right, lastNavRight: box('.site-nav li:last-child').right,
                scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth
            };
        }
        """;

    [Theory]
    [InlineData(320)]
    [InlineData(1280)]
    public async Task The_arabic_article_runs_right_to_left_mirrored_without_sideways_scroll(int width)
    {
        var page = await site.NewPageAsync(width: width, height: 800);
        try
        {
            Assert.Equal(200, await page.OpenAsync(new Uri(site.ArabicAddress, BrowserSite.ArabicArticle).ToString()));
            var m = await page.EvaluateAsync<System.Text.Json.JsonElement>(Measure);
            double D(string name) => m.GetProperty(name).GetDouble();

            Assert.Equal("rtl", m.GetProperty("direction").GetString());
            Assert.Equal("ar", m.GetProperty("lang").GetString());
            Assert.True(D("scroll") <= D("client"), $"{D("scroll")}px wide in a {D("client")}px window");
            // Text starts at the right: the heading hugs main's right edge, and the first menu item is the rightmost.
            Assert.True(Math.Abs(D("mainRight") - D("h1Right")) < 40, $"h1 ends at {D("h1Right")}, main at {D("mainRight")}");
            // The menu may wrap at 320 px; its first item still starts at the right.
            Assert.True(D("firstNavRight") > D("lastNavRight") || Math.Abs(D("firstNavRight") - D("mainRight")) < 40, "the first navigation item does not start at the right");
            if (width >= 1280)
            {
                Assert.True(D("nameRight") > D("searchRight"), "the site name is not right of the search form");
            }
        }
        finally
        {
            await page.CloseAllAsync();
        }
    }

    [Fact]
    public async Task The_same_article_in_english_runs_left_to_right()
    {
        var page = await site.NewPageAsync(width: 1280, height: 800);
        try
        {
            Assert.Equal(200, await page.OpenAsync(new Uri(site.ArabicAddress, "/articles/muscle-spasms").ToString()));
            var m = await page.EvaluateAsync<System.Text.Json.JsonElement>(Measure);

            Assert.Equal("ltr", m.GetProperty("direction").GetString());
            Assert.True(m.GetProperty("firstNavRight").GetDouble() < m.GetProperty("lastNavRight").GetDouble());
            Assert.Equal("/ar/articles/altashanujat-aladaliya", await page.Locator(".language-switcher a").GetAttributeAsync("href"));
        }
        finally
        {
            await page.CloseAllAsync();
        }
    }
}
