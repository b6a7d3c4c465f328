using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using MuscleSpasmInfo.Web.Routing;

namespace MuscleSpasmInfo.Web.Tests;

/// <summary>The route table is the one declaration of the site's URLs: what is mapped, linked and cached follows it.</summary>
public sealed partial class RouteTableTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public void Every_page_and_endpoint_of_the_table_is_mapped_and_nothing_else_is()
    {
        site.CreateClient().Dispose(); // starts the host, so every endpoint source is registered
        var endpoints = site.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();

        var mapped = endpoints.Select(e => Normalise(e.RoutePattern.RawText!)).Order(StringComparer.Ordinal).ToList();
        var declared = SiteRoutes.All.Where(r => r.Kind != RouteKind.Files)
            .SelectMany(r => new[] { r.Template, r.LocalisedTemplate }.OfType<string>())
            .Select(Normalise).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(declared, mapped);
        foreach (var route in SiteRoutes.All.Where(r => r.Page is not null))
        {
            foreach (var template in new[] { route.Template, route.LocalisedTemplate }.OfType<string>())
            {
                var endpoint = Assert.Single(endpoints, e => Normalise(e.RoutePattern.RawText!) == Normalise(template));
                Assert.Equal(route.Page, endpoint.Metadata.GetMetadata<PageActionDescriptor>()?.ViewEnginePath);
            }
        }
    }

    [Fact]
    public void Each_route_matches_its_own_urls_and_no_other_route_does()
    {
        var samples = SiteRoutes.All.Select(r => (Route: r, Path: r switch
        {
            FixedRoute f => f.Path,
            SlugPageRoute s => s.PathOf("some-slug"),
            PrefixRoute p => p.PathOf("leg.png"),
            _ => throw new InvalidOperationException(r.ToString()),
        })).ToList();

        Assert.All(samples, s => Assert.Same(s.Route, SiteRoutes.Find(s.Path)));
        Assert.All(samples, s => Assert.Single(SiteRoutes.All, r => r.Matches(s.Path)));
        Assert.Null(SiteRoutes.Find("/css/site.css"));
        Assert.Null(SiteRoutes.Find("/articles/a/b"));
    }

    [Fact]
    public async Task Every_internal_link_on_every_page_is_a_table_route_with_only_its_declared_query_keys()
    {
        using var client = site.CreateClient();
        // The crawl from home, plus pages no link leads to: a 404, and search results with a suggestion and a pager.
        var pages = await Crawler.CrawlAsync(client, ["/", "/no-such-page", "/search?q=cramp", "/search?q=crampz"]);

        var links = pages.Values.SelectMany(p => p.Links.Select(link => (Page: p.Path, Link: link))).ToList();
        var strays = links.Where(l => !IsDeclared(l.Link)).Select(l => $"{l.Page} → {l.Link}").Distinct().ToList();

        Assert.True(links.Count > 100, $"only {links.Count} links found");
        Assert.Contains(links, l => l.Link.Contains('?', StringComparison.Ordinal));
        Assert.Empty(strays);
    }

    [Fact]
    public void No_razor_file_writes_an_internal_url_literally()
    {
        var web = Path.Combine(Repository.Root, "src", "MuscleSpasmInfo.Web");
        var files = Directory.GetFiles(Path.Combine(web, "Pages"), "*.cshtml", SearchOption.AllDirectories);
        var found = new List<string>();
        foreach (var file in files)
        {
            foreach (Match m in UrlAttribute().Matches(File.ReadAllText(file)))
            {
                var url = m.Groups["url"].Value;
                // wwwroot files are the one literal allowed: asp-append-version needs their path, and they must exist.
                var asset = url.StartsWith("~/", StringComparison.Ordinal) && File.Exists(Path.Combine(web, "wwwroot", url[2..]));
                if (!asset)
                {
                    found.Add($"{Path.GetRelativePath(web, file)}: {m.Value}");
                }
            }
        }

        Assert.True(files.Length > 15, $"only {files.Length} Razor files found under {web}");
        Assert.Empty(found);
    }

    [Theory]
    [InlineData("/categories?sort=count", true)]
    [InlineData("/tags?sort=count", true)]
    [InlineData("/search", true)]
    [InlineData("/search?q=cramp", false)]
    [InlineData("/articles/cause-1?sort=count", false)]
    [InlineData("/a-z?q=cramp", false)]
    public async Task The_page_cache_keeps_only_the_queries_a_route_declares(string url, bool cached)
    {
        using var client = site.CreateClient();

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(cached, response.Headers.ETag is not null);
    }

    [Fact]
    public async Task Only_fingerprinted_wwwroot_files_are_served_as_immutable()
    {
        using var client = site.CreateClient();
        var (_, home) = await site.GetPageAsync("/");
        var stylesheet = home.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;

        var css = await client.GetAsync(new Uri(stylesheet, UriKind.Relative));
        var page = await client.GetAsync(new Uri("/about?v=1", UriKind.Relative));

        Assert.Contains("immutable", css.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.DoesNotContain("immutable", page.Headers.CacheControl?.ToString() ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_routes_robots_may_not_crawl_ask_not_to_be_indexed()
    {
        using var client = site.CreateClient();
        var robots = await client.GetStringAsync(new Uri(SiteRoutes.Robots.Path, UriKind.Relative));

        foreach (var route in SiteRoutes.All.OfType<FixedRoute>().Where(r => r.Kind == RouteKind.Page))
        {
            var (_, page) = await site.GetPageAsync(route.Path);
            var noindex = page.QuerySelector("meta[name=robots]")?.GetAttribute("content") == "noindex";
            Assert.True(noindex == !route.Crawlable, $"{route.Path}: noindex {noindex}");
            Assert.Equal(!route.Crawlable, robots.Contains($"Disallow: {route.Path}\n", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_link_with_an_undeclared_query_key_is_refused_when_it_is_written()
    {
        Assert.Equal("/search?q=leg%20cramps&page=2", SiteRoutes.Search.With((SiteRoutes.SearchTermsKey, "leg cramps"), (SiteRoutes.PageNumberKey, "2")));
        Assert.Throws<ArgumentException>(() => SiteRoutes.Categories.With(("utm_source", "x")));
    }

    private static bool IsDeclared(string link)
    {
        var uri = new Uri(new Uri("http://site.test"), link);
        var keys = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(uri.Query).Keys;
        return SiteRoutes.Find(uri.AbsolutePath) is { } route && keys.All(route.QueryKeys.Contains);
    }

    private static string Normalise(string template) => "/" + template.Trim('/');


    [GeneratedRegex("""\b(?:href|src|action)\s*=\s*["'](?<url>/[^"']*|~/[^"']*)["']""")]
    private static partial Regex UrlAttribute();
}
