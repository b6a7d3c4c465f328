using System.Text.Json;
using System.Xml.Linq;

namespace MuscleSpasmInfo.Web.Tests;

/// <summary>"Last modified" is one rule (Article.LastModified): the page, its JSON-LD, the sitemap and the feed agree.</summary>
public sealed class LastModifiedTests : IDisposable
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private readonly SiteFactory _site = new();

    public LastModifiedTests()
    {
        // Written before the first request, so the site loads it: updated after publication, never reviewed.
        File.WriteAllText(Path.Combine(_site.ContentPath, "updated-only.md"),
            "---\ntitle: Updated only\ndate: 2020-05-01\nupdated: 2020-08-15\ncategory: treatment\n---\n\nWarm the muscles first.\n");
    }

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("updated-only", "2020-08-15")] // only an update after publication
    [InlineData("cause-3", "2024-02-01")] // updated, then reviewed later: the sitemap used to take the update
    [InlineData("cause-1", "2020-01-01")] // published only
    public async Task Sitemap_feed_json_ld_and_page_give_the_same_last_modified_date(string slug, string expected)
    {
        var dates = await LastModifiedEverywhereAsync(slug);

        Assert.Equal(4, dates.Count);
        Assert.All(dates, d => Assert.Equal(expected, d.Value));
    }

    [Fact]
    public async Task Every_article_has_one_last_modified_date_everywhere()
    {
        var slugs = new[] { "cause-1", "cause-2", "cause-3", "cause-4", "stretching", "medical-disclaimer", "updated-only" };

        foreach (var slug in slugs)
        {
            var dates = await LastModifiedEverywhereAsync(slug);
            Assert.True(dates.Values.Distinct().Count() == 1, $"{slug}: {string.Join(", ", dates)}");
        }
    }

    [Fact]
    public async Task The_page_shows_updated_only_when_the_article_changed_after_publication()
    {
        var (_, published) = await _site.GetPageAsync("/articles/cause-1");
        var (_, updated) = await _site.GetPageAsync("/articles/updated-only");

        Assert.Null(published.QuerySelector(".article-meta .updated"));
        Assert.Equal("2020-05-01", updated.QuerySelector(".article-meta .published time")!.GetAttribute("datetime"));
        Assert.Equal("15 August 2020", updated.QuerySelector(".article-meta .updated time")!.TextContent);
    }

    private async Task<Dictionary<string, string>> LastModifiedEverywhereAsync(string slug)
    {
        using var client = _site.CreateClient();
        var url = $"https://example.test/articles/{slug}";
        var sitemap = XDocument.Parse(await client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative)));
        var feed = XDocument.Parse(await client.GetStringAsync(new Uri("/feed.xml", UriKind.Relative)));
        var (_, page) = await _site.GetPageAsync($"/articles/{slug}");
        using var jsonLd = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        var shown = page.QuerySelector(".article-meta .updated time") ?? page.QuerySelector(".article-meta .published time");

        return new Dictionary<string, string>
        {
            ["sitemap"] = sitemap.Root!.Elements(Sitemap + "url").Single(u => u.Element(Sitemap + "loc")!.Value == url).Element(Sitemap + "lastmod")!.Value,
            ["feed"] = feed.Root!.Elements(Atom + "entry").Single(e => e.Element(Atom + "id")!.Value == url).Element(Atom + "updated")!.Value[..10],
            ["json-ld"] = jsonLd.RootElement.GetProperty("dateModified").GetString()!,
            ["page"] = shown!.GetAttribute("datetime")!,
        };
    }
}
