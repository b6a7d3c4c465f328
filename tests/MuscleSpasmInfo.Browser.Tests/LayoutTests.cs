using Microsoft.Playwright;

namespace MuscleSpasmInfo.Browser.Tests;

/// <summary>Pages fit a small phone, read comfortably on a wide screen and print without the site's furniture.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class LayoutTests(BrowserSite site)
{
    [Fact]
    public async Task No_page_scrolls_sideways_at_320px()
    {
        var page = await site.NewPageAsync(width: 320, height: 640);
        var problems = new List<string>();
        try
        {
            foreach (var path in site.CheckedPages)
            {
                await page.OpenAsync(path);
                var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
                var (scroll, client) = (widths[0], widths[1]);
                if (scroll > client)
                {
                    var widest = await page.EvaluateAsync<string>("""
                        () => [...document.querySelectorAll('body *')]
                            .filter(el => el.getBoundingClientRect().right > document.documentElement.clientWidth)
                            .slice(0, 3).map(el => el.tagName.toLowerCase() + '.' + el.className + ' (' + Math.round(el.getBoundingClientRect().right) + 'px)').join(', ')
                        """);
                    problems.Add($"{path}: {scroll}px wide in a {client}px window; too wide: {widest}");
                }
            }
        }
        finally
        {
            await page.CloseAllAsync();
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Theory]
    [InlineData(320)]
    [InlineData(1280)]
    public async Task Body_text_is_at_least_18px_and_lines_at_most_about_70_characters(int width)
    {
        var page = await site.NewPageAsync(width: width);
        try
        {
            await page.OpenAsync("/articles/5-major-triggers-of-muscle-spasms");
            var paragraphs = await page.EvaluateAsync<double[][]>("""
                () => [...document.querySelectorAll('.article-body p')].map(p => {
                    const probe = document.createElement('span');
                    probe.style.display = 'inline-block';
                    probe.style.width = '1ch';
                    p.appendChild(probe);
                    const ch = probe.getBoundingClientRect().width;
                    probe.remove();
                    return [parseFloat(getComputedStyle(p).fontSize), p.getBoundingClientRect().width / ch];
                })
                """);
            Assert.NotEmpty(paragraphs);
            Assert.All(paragraphs, p => Assert.True(p[0] >= 18, $"font-size {p[0]}px"));
            Assert.All(paragraphs, p => Assert.True(p[1] <= 72, $"{p[1]:0} characters a line"));
        }
        finally
        {
            await page.CloseAllAsync();
        }
    }

    [Fact]
    public async Task Printing_hides_navigation_and_search_but_keeps_the_article_and_its_sources()
    {
        var page = await site.NewPageAsync();
        try
        {
            await page.OpenAsync("/articles/mineral-depletion");
            Assert.True(await page.Locator(".site-nav").IsVisibleAsync());
            Assert.True(await page.Locator(".print-hint").IsVisibleAsync(), "The page tells readers how to print it");
            Assert.False(await page.Locator(".print-only").IsVisibleAsync());

            await page.EmulateMediaAsync(new() { Media = Media.Print });
            foreach (var hidden in new[] { ".site-nav", ".search-form", ".site-footer nav", ".breadcrumb", ".guide-contents", ".guide-pager", ".see-also", ".print-hint", ".skip-link" })
            {
                Assert.False(await page.Locator(hidden).First.IsVisibleAsync(), $"{hidden} is hidden in print");
            }

            foreach (var shown in new[] { "article h1", ".article-body", ".trust", ".callout", ".print-only" })
            {
                Assert.True(await page.Locator(shown).First.IsVisibleAsync(), $"{shown} is printed");
            }

            // The seed cites no outside pages yet, so one is added to show how a reference prints: its address after it.
            var printed = await page.Locator(".article-body").EvaluateAsync<string>("""
                body => {
                    const a = document.createElement('a');
                    a.href = 'https://example.org/reference';
                    a.textContent = 'a reference';
                    body.appendChild(a);
                    return getComputedStyle(a, '::after').content;
                }
                """);
            Assert.Contains("https://example.org/reference", printed, StringComparison.Ordinal);

            Assert.Equal("avoid", await page.Locator(".callout").First.EvaluateAsync<string>("c => getComputedStyle(c).breakInside"));
        }
        finally
        {
            await page.CloseAllAsync();
        }
    }
}
