using Microsoft.Extensions.Options;

namespace MuscleSpasmInfo.Web.Tests;

/// <summary>Text editors change (the caution, the footer statement, the disclaimer's slug) comes from configuration.</summary>
public sealed class EditorialTextTests : IDisposable
{
    private readonly SiteFactory _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task The_disclaimer_links_follow_the_configured_slug()
    {
        _site.Settings["Site:DisclaimerSlug"] = "stretching";

        var (_, article) = await _site.GetPageAsync("/articles/cause-1");
        var (_, disclaimer) = await _site.GetPageAsync("/articles/stretching");
        var (_, former) = await _site.GetPageAsync("/articles/medical-disclaimer");

        Assert.Equal("/articles/stretching", article.QuerySelector(".callout-caution a")!.GetAttribute("href"));
        Assert.Contains(article.QuerySelectorAll("footer a"), a => a.GetAttribute("href") == "/articles/stretching" && a.TextContent == "Medical disclaimer");
        Assert.DoesNotContain(article.QuerySelectorAll(".callout-caution a, footer a"), a => a.GetAttribute("href") == "/articles/medical-disclaimer");
        Assert.Null(disclaimer.QuerySelector(".callout-caution"));
        Assert.NotNull(former.QuerySelector(".callout-caution"));
    }

    [Fact]
    public async Task The_caution_and_the_footer_statement_are_read_from_configuration()
    {
        _site.Settings["Site:Caution:Heading"] = "Test heading";
        _site.Settings["Site:Caution:Text"] = "Test caution.";
        _site.Settings["Site:Caution:LinkText"] = "Test link";
        _site.Settings["Site:FooterStatement"] = "Test statement.";

        var (_, page) = await _site.GetPageAsync("/articles/cause-1");

        var caution = page.QuerySelector(".callout-caution")!;
        Assert.Equal("Test heading", caution.QuerySelector("h2")!.TextContent);
        Assert.Equal("Test caution.", caution.QuerySelector("p")!.TextContent);
        Assert.Equal("Test link", caution.QuerySelector("a")!.TextContent);
        Assert.Contains(page.QuerySelectorAll("footer p"), p => p.TextContent == "Test statement.");
    }

    [Fact]
    public void A_site_configured_without_its_caution_does_not_start()
    {
        _site.Settings["Site:Caution:Text"] = "";

        var failure = Assert.Throws<OptionsValidationException>(() => _site.CreateClient());

        Assert.Contains("Site:Caution", failure.Message, StringComparison.Ordinal);
    }
}
