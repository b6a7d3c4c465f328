using System.Net;

namespace MuscleSpasmInfo.Web.Tests;

/// <summary>Malformed and hostile requests against real Kestrel: each gets a 4xx with a short body, never a 500 or a stack trace.</summary>
public sealed class HostileRequestTests(HostileRequestTests.Site site) : IClassFixture<HostileRequestTests.Site>
{
    public sealed class Site : KestrelSite
    {
        public Site()
            : base(new Dictionary<string, string?> { ["AllowedHosts"] = "localhost;127.0.0.1" })
        {
        }
    }

    [Fact]
    public async Task A_host_header_not_in_allowed_hosts_is_a_400()
    {
        var (refused, _) = await site.SendRawAsync("GET / HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n");
        var (allowed, _) = await site.SendRawAsync("GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        Assert.Equal(400, refused);
        Assert.Equal(200, allowed);
    }

    [Theory]
    [InlineData("/articles/../../etc/passwd")]
    [InlineData("/articles/..%2f..%2fetc%2fpasswd")]
    [InlineData("/articles/%252e%252e%252fetc%252fpasswd")]
    [InlineData("/articles/..\\..\\appsettings.json")]
    [InlineData("/articles/%5c..%5c..%5cappsettings.json")]
    [InlineData("/../appsettings.json")]
    [InlineData("/css/../../appsettings.json")]
    [InlineData("/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/articles/%zz")]
    [InlineData("/articles/%")]
    [InlineData("/articles/%c0%ae%c0%ae/")]
    [InlineData("/articles/a%00b")]
    [InlineData("/MuscleSpasmInfo.Web.dll")]
    [InlineData("/appsettings.json")]
    [InlineData("/media/../appsettings.json")]
    [InlineData("/media/..%2f..%2fappsettings.json")]
    [InlineData("/media/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/media/..%5c..%5cappsettings.json")]
    public async Task Traversal_and_bad_encoding_get_400_or_404_and_never_a_file(string path)
    {
        var (status, response) = await site.SendRawAsync($"GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        Assert.True(status is 400 or 404, $"{path} gave {status}");
        Assert.DoesNotContain("root:", response, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Serilog\"", response, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_nul_byte_in_the_request_line_is_a_400()
    {
        var (status, _) = await site.SendRawAsync("GET /articles/a\0b HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        Assert.Equal(400, status);
    }

    [Fact]
    public async Task A_url_over_8_kb_is_a_414()
    {
        var (status, _) = await site.SendRawAsync($"GET /articles/{new string('a', 9000)} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        Assert.Equal(414, status);
    }

    [Fact]
    public async Task Headers_over_the_limit_are_a_431()
    {
        var (status, _) = await site.SendRawAsync($"GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: {new string('a', 40 * 1024)}\r\nConnection: close\r\n\r\n");

        Assert.Equal(431, status);
    }

    [Theory]
    [InlineData("TRACE")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("POST")]
    [InlineData("OPTIONS")]
    public async Task Unsafe_methods_are_a_405_with_allow(string method)
    {
        var (status, response) = await site.SendRawAsync($"{method} /articles/cause-1 HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");

        Assert.Equal(405, status);
        Assert.Contains("Allow: GET, HEAD", response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_query_string_flood_is_not_a_500()
    {
        var query = string.Join('&', Enumerable.Range(0, 700).Select(i => $"k{i}=v{i}"));
        var (status, _) = await site.SendRawAsync($"GET /search?{query} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        Assert.True(status is 200 or 400 or 414, $"gave {status}");
    }

    [Fact]
    public async Task Every_response_carries_the_security_headers_and_no_server_header()
    {
        using var client = new HttpClient { BaseAddress = site.BaseAddress };
        foreach (var path in new[] { "/", "/articles/cause-1", "/no-such-page", "/css/site.css", "/healthz" })
        {
            var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            var headers = response.Headers;
            Assert.Equal(Security.SecurityHeaders.ContentSecurityPolicy, headers.GetValues("Content-Security-Policy").Single());
            Assert.DoesNotContain("unsafe-inline", headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
            Assert.Equal("nosniff", headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("strict-origin-when-cross-origin", headers.GetValues("Referrer-Policy").Single());
            Assert.Contains("camera=()", headers.GetValues("Permissions-Policy").Single(), StringComparison.Ordinal);
            Assert.Contains("geolocation=()", headers.GetValues("Permissions-Policy").Single(), StringComparison.Ordinal);
            Assert.Equal("same-origin", headers.GetValues("Cross-Origin-Opener-Policy").Single());
            Assert.False(headers.Contains("Server"), $"{path} has a Server header");
        }
    }

    [Fact]
    public async Task Pages_have_no_inline_script_or_style_so_the_policy_holds()
    {
        using var client = new HttpClient { BaseAddress = site.BaseAddress };
        var pages = await Crawler.CrawlAsync(client);

        foreach (var path in pages.Keys)
        {
            var (_, page) = await site.GetPageAsync(path);
            Assert.Empty(page.QuerySelectorAll("script:not([type='application/ld+json']), style, [style]"));
            Assert.DoesNotContain(page.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        }
    }
}
