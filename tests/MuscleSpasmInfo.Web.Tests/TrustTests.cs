using System.Net;
using System.Text.Json;

namespace MuscleSpasmInfo.Web.Tests;

public sealed class TrustTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task Reviewed_article_shows_review_dates_reviewer_author_and_numbered_sources()
    {
        var (_, page) = await site.GetPageAsync("/articles/cause-3");

        var dates = page.QuerySelectorAll(".review-dates time").Select(t => t.GetAttribute("datetime")).ToList();
        Assert.Equal(["2024-02-01", "2027-02-01"], dates);
        var trust = page.QuerySelector(".trust")!.TextContent;
        Assert.Contains("Page last reviewed:", trust, StringComparison.Ordinal);
        Assert.Contains("Next review due:", trust, StringComparison.Ordinal);
        Assert.Contains("Dr Test Reviewer, MRCGP", trust, StringComparison.Ordinal);
        Assert.Contains("Written by Test Author", trust, StringComparison.Ordinal);
        Assert.DoesNotContain("not yet been medically reviewed", trust, StringComparison.Ordinal);
        var source = Assert.Single(page.QuerySelectorAll("ol.sources li"));
        Assert.Equal("https://example.org/source", source.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("2024-01-15", source.QuerySelector("time")!.GetAttribute("datetime"));
    }

    [Fact]
    public async Task Article_carries_medical_web_page_json_ld()
    {
        var (_, page) = await site.GetPageAsync("/articles/cause-3");

        var script = page.QuerySelector("script[type='application/ld+json']")!;
        using var json = JsonDocument.Parse(script.TextContent);
        var root = json.RootElement;
        Assert.Equal("MedicalWebPage", root.GetProperty("@type").GetString());
        Assert.Equal("Cause number 3", root.GetProperty("headline").GetString());
        Assert.Equal("2020-03-01", root.GetProperty("datePublished").GetString());
        Assert.Equal("2024-02-01", root.GetProperty("dateModified").GetString());
        Assert.Equal("2024-02-01", root.GetProperty("lastReviewed").GetString());
        Assert.Equal("Dr Test Reviewer", root.GetProperty("reviewedBy").GetProperty("name").GetString());
        Assert.Equal("Test Author", root.GetProperty("author").GetProperty("name").GetString());
        Assert.Equal("https://example.test/articles/cause-3", root.GetProperty("url").GetString());
        var crumbs = root.GetProperty("breadcrumb").GetProperty("itemListElement");
        Assert.Equal(3, crumbs.GetArrayLength());
        Assert.Equal("third cause", root.GetProperty("about").GetProperty("alternateName")[0].GetString());
    }

    [Fact]
    public async Task Unreviewed_article_json_ld_has_no_reviewer()
    {
        var (_, page) = await site.GetPageAsync("/articles/cause-1");

        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.False(json.RootElement.TryGetProperty("reviewedBy", out _));
        Assert.False(json.RootElement.TryGetProperty("lastReviewed", out _));
    }

    [Fact]
    public async Task Article_has_meta_description_open_graph_and_canonical_url()
    {
        var (_, page) = await site.GetPageAsync("/articles/cause-3");

        Assert.Equal("Summary of cause 3 about cramps and legs.", page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal("https://example.test/articles/cause-3", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("Cause number 3", page.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
        Assert.Equal("https://example.test/articles/cause-3", page.QuerySelector("meta[property='og:url']")!.GetAttribute("content"));
    }

    [Fact]
    public async Task Alias_answers_301_to_the_article()
    {
        var (response, _) = await site.GetPageAsync("/old/cause-three");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/articles/cause-3", response.Headers.Location!.OriginalString);
    }
}
