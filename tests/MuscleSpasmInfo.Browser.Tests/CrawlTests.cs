namespace MuscleSpasmInfo.Browser.Tests;

/// <summary>The crawl the page-by-page checks run over really finds the site, so those checks cannot pass on nothing.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class CrawlTests(BrowserSite site)
{
    [Fact]
    public void The_crawl_reaches_every_page_type_of_the_seed()
    {
        foreach (var path in new[] { "/", "/categories", "/categories/causes", "/a-z", "/tags", "/about", "/privacy", "/advertising",
                     "/articles/5-major-triggers-of-muscle-spasms", "/articles/mineral-depletion", "/articles/medical-disclaimer", BrowserSite.MissingPage })
        {
            Assert.Contains(path, site.Pages);
        }

        Assert.Contains(site.Pages, p => p.StartsWith("/tags/", StringComparison.Ordinal));
    }
}
