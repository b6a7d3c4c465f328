namespace MuscleSpasmInfo.Web.Tests;

/// <summary>
/// The shipped search over the real content with meaning matching on (as it ships; other tests turn it off): a reader's
/// word that no page uses finds the page whose title means it, once the names are encoded after start.
/// </summary>
public sealed class MeaningSearchPageTests : IClassFixture<MeaningSearchPageTests.RealSiteWithMeaning>
{
    private readonly RealSiteWithMeaning _site;

    public MeaningSearchPageTests(RealSiteWithMeaning site)
    {
        _site = site;
        _site.Settings["Content:MatchMeaning"] = "true";
    }

    [Fact]
    public async Task Insomnia_finds_sleep_disturbances_though_no_page_says_insomnia()
    {
        var links = new List<string?>();
        // The names are encoded in the background after the first indexes; until then search matches words only.
        for (var attempt = 0; attempt < 120 && !links.Contains("/articles/sleep-disturbances"); attempt++)
        {
            var (_, page) = await _site.GetPageAsync("/search?q=insomnia");
            links = [.. page.QuerySelectorAll("ol.search-results li a").Select(a => a.GetAttribute("href"))];
            await Task.Delay(attempt == 0 ? 0 : 250);
        }

        Assert.Equal("/articles/sleep-disturbances", links.FirstOrDefault());
        var (_, spanish) = await _site.GetPageAsync("/es/search?q=insomnio");
        Assert.DoesNotContain(spanish.QuerySelectorAll("ol.search-results li a"), a => a.GetAttribute("href")!.StartsWith("/articles/", StringComparison.Ordinal));
    }

    public sealed class RealSiteWithMeaning() : SiteFactory(Repository.ContentFolder, copy: false);
}
