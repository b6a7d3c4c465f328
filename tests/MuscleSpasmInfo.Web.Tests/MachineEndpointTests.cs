using System.Net;
using System.Xml.Linq;

namespace MuscleSpasmInfo.Web.Tests;

public sealed class MachineEndpointTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task Sitemap_lists_every_public_page_and_each_of_them_exists()
    {
        var client = site.CreateClient();
        var xml = XDocument.Parse(await client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative)));

        var urls = xml.Root!.Elements(Sitemap + "url").ToList();
        var locations = urls.Select(u => u.Element(Sitemap + "loc")!.Value).ToList();
        foreach (var slug in new[] { "cause-1", "cause-2", "cause-3", "cause-4", "stretching", "medical-disclaimer" })
        {
            Assert.Contains($"https://example.test/articles/{slug}", locations);
        }

        Assert.DoesNotContain("https://example.test/articles/draft", locations);
        var cause3 = urls.Single(u => u.Element(Sitemap + "loc")!.Value.EndsWith("/articles/cause-3", StringComparison.Ordinal));
        // Reviewed after its update: the latest of the three dates, as the feed and JSON-LD say (Article.LastModified).
        Assert.Equal("2024-02-01", cause3.Element(Sitemap + "lastmod")!.Value);
        foreach (var location in locations)
        {
            var response = await client.GetAsync(new Uri(location, UriKind.Absolute).PathAndQuery, HttpCompletionOption.ResponseHeadersRead);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task Robots_names_the_sitemap()
    {
        var robots = await site.CreateClient().GetStringAsync(new Uri("/robots.txt", UriKind.Relative));

        Assert.Contains("Sitemap: https://example.test/sitemap.xml", robots, StringComparison.Ordinal);
        Assert.Contains("Disallow: /search\n", robots, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feed_is_atom_with_id_updated_author_and_an_entry_per_article()
    {
        var client = site.CreateClient();
        var response = await client.GetAsync(new Uri("/feed.xml", UriKind.Relative));
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.NotEmpty(feed.Element(Atom + "id")!.Value);
        Assert.True(DateTimeOffset.TryParse(feed.Element(Atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture, out _));
        Assert.NotEmpty(feed.Element(Atom + "author")!.Element(Atom + "name")!.Value);
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(6, entries.Count);
        Assert.Equal("https://example.test/articles/stretching", entries[0].Element(Atom + "id")!.Value);
        Assert.All(entries, e =>
        {
            Assert.NotNull(e.Element(Atom + "updated"));
            Assert.Equal("alternate", e.Element(Atom + "link")!.Attribute("rel")!.Value);
        });
    }
}
