using Microsoft.Playwright;

namespace MuscleSpasmInfo.Browser.Tests;

/// <summary>Screenshots of the main page types at phone and desktop widths, saved with the test results for review.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class ScreenshotTests(BrowserSite site)
{
    [Theory]
    [InlineData("home", "/")]
    [InlineData("article", "/articles/mineral-depletion")]
    [InlineData("category", "/categories/causes")]
    [InlineData("article-es", "/es/articles/agotamiento-de-minerales")]
    public async Task Main_pages_are_captured_at_375_and_1280_pixels(string name, string path)
    {
        foreach (var width in new[] { 375, 1280 })
        {
            var page = await site.NewPageAsync(width: width, height: 800);
            try
            {
                Assert.Equal(200, await page.OpenAsync(path));
                var file = await SaveAsync(site, page, name);
                Assert.True(new FileInfo(file).Length > 1000, file);
            }
            finally
            {
                await page.CloseAllAsync();
            }
        }
    }

    [Fact]
    public async Task An_article_is_captured_in_the_dark_colour_scheme_and_as_printed()
    {
        var page = await site.NewPageAsync(width: 375, height: 800);
        try
        {
            await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
            Assert.Equal(200, await page.OpenAsync("/articles/mineral-depletion"));
            await SaveAsync(site, page, "article-dark");
            await page.SetViewportSizeAsync(794, 1123);
            await page.EmulateMediaAsync(new() { Media = Media.Print, ColorScheme = ColorScheme.Light });
            await SaveAsync(site, page, "article-print");
        }
        finally
        {
            await page.CloseAllAsync();
        }
    }

    [Fact]
    public async Task The_arabic_fixture_article_is_captured_right_to_left_at_375_and_1280_pixels()
    {
        foreach (var width in new[] { 375, 1280 })
        {
            var page = await site.NewPageAsync(width: width, height: 800);
            try
            {
                Assert.Equal(200, await page.OpenAsync(new Uri(site.ArabicAddress, BrowserSite.ArabicArticle).ToString()));
                Assert.True(new FileInfo(await SaveAsync(site, page, "article-ar")).Length > 1000);
            }
            finally
            {
                await page.CloseAllAsync();
            }
        }
    }

    /// <summary>Saves a full-page screenshot as TestResults/screenshots/NAME-WIDTH.png and returns its path.</summary>
    public static async Task<string> SaveAsync(BrowserSite site, IPage page, string name)
    {
        Directory.CreateDirectory(site.ScreenshotFolder);
        var file = System.IO.Path.Combine(site.ScreenshotFolder, $"{name}-{page.ViewportSize!.Width}.png");
        await page.ScreenshotAsync(new() { Path = file, FullPage = true });
        return file;
    }
}
