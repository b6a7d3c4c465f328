using System.IO.Compression;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using MuscleSpasmInfo.Web.ContentHosting;

namespace MuscleSpasmInfo.Web.Tests;

public sealed class ServingTests : IDisposable
{
    private readonly SiteFactory _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Pages_carry_a_strong_etag_public_cache_control_and_last_modified()
    {
        var response = await Get("/articles/cause-1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.ETag!.IsWeak);
        Assert.True(response.Headers.CacheControl!.Public);
        Assert.Equal(TimeSpan.FromSeconds(300), response.Headers.CacheControl.MaxAge);
        Assert.Contains("stale-while-revalidate=86400", response.Headers.CacheControl.ToString(), StringComparison.Ordinal);
        Assert.NotNull(response.Content.Headers.LastModified);
    }

    [Theory]
    [InlineData("/articles/cause-1")]
    [InlineData("/")]
    [InlineData("/sitemap.xml")]
    public async Task A_page_answered_from_the_cache_has_the_bytes_and_headers_of_the_page_first_rendered(string path)
    {
        // The first request renders the page (PageCacheMiddleware); later ones are answered early (CachedPageMiddleware).
        var rendered = await Get(path);
        var cached = await Get(path);
        var cachedBrotli = await Get(path, r => r.Headers.AcceptEncoding.ParseAdd("br"));
        var cachedBrotliAgain = await Get(path, r => r.Headers.AcceptEncoding.ParseAdd("br"));

        Assert.Equal(HttpStatusCode.OK, cached.StatusCode);
        Assert.Equal(await rendered.Content.ReadAsByteArrayAsync(), await cached.Content.ReadAsByteArrayAsync());
        Assert.Equal(HeadersOf(rendered), HeadersOf(cached));
        Assert.Equal(HeadersOf(cachedBrotli), HeadersOf(cachedBrotliAgain));
        Assert.Contains(HeadersOf(cached), h => h.StartsWith("Content-Security-Policy:", StringComparison.Ordinal));
        Assert.Contains(HeadersOf(cached), h => h.StartsWith("X-Frame-Options:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task If_none_match_with_the_current_etag_answers_304_without_a_body()
    {
        var first = await Get("/articles/cause-1");

        var second = await Get("/articles/cause-1", r => r.Headers.IfNoneMatch.Add(first.Headers.ETag!));

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Brotli_and_gzip_bodies_decode_to_the_same_bytes_as_identity()
    {
        var identity = await (await Get("/articles/cause-1")).Content.ReadAsByteArrayAsync();
        var br = await Get("/articles/cause-1", r => r.Headers.AcceptEncoding.ParseAdd("br"));
        var gzip = await Get("/articles/cause-1", r => r.Headers.AcceptEncoding.ParseAdd("gzip"));
        var refused = await Get("/articles/cause-1", r => r.Headers.AcceptEncoding.ParseAdd("br;q=0, gzip;q=0"));

        Assert.Equal("br", Assert.Single(br.Content.Headers.ContentEncoding));
        Assert.Equal("gzip", Assert.Single(gzip.Content.Headers.ContentEncoding));
        Assert.Empty(refused.Content.Headers.ContentEncoding);
        Assert.Equal(identity, Decode(await br.Content.ReadAsByteArrayAsync(), s => new BrotliStream(s, CompressionMode.Decompress)));
        Assert.Equal(identity, Decode(await gzip.Content.ReadAsByteArrayAsync(), s => new GZipStream(s, CompressionMode.Decompress)));
        Assert.Contains("Accept-Encoding", br.Headers.Vary);
    }

    [Fact]
    public async Task After_a_snapshot_swap_no_reader_gets_the_older_page()
    {
        var before = await Get("/articles/cause-1");
        var store = _site.Services.GetRequiredService<ContentStore>();
        var path = Path.Combine(_site.ContentPath, "cause-1.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("Cause number 1", "Cause number one", StringComparison.Ordinal));

        var swapped = store.Reload();
        var after = await Get("/articles/cause-1", r => r.Headers.IfNoneMatch.Add(before.Headers.ETag!));

        Assert.True(swapped.Version > 1);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.Contains("Cause number one", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fingerprinted_stylesheet_is_cached_as_immutable_for_a_year()
    {
        var (_, home) = await _site.GetPageAsync("/");
        var href = home.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;

        var css = await Get(href);

        Assert.Contains("?v=", href, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal(TimeSpan.FromDays(365), css.Headers.CacheControl!.MaxAge);
        Assert.Contains("immutable", css.Headers.CacheControl.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_head_request_first_does_not_leave_an_empty_body_for_later_gets()
    {
        var (_, home) = await _site.GetPageAsync("/");
        var href = home.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        var client = _site.CreateClient();

        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, href));
        var css = await client.GetStringAsync(new Uri(href, UriKind.Relative));
        using var headAfter = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, href));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Contains("body", css, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, headAfter.StatusCode);
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(css), headAfter.Content.Headers.ContentLength);
    }

    [Fact]
    public async Task Search_and_unknown_queries_are_not_served_from_the_cache()
    {
        var response = await Get("/articles/cause-1?utm_source=x");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Headers.ETag);
    }

    private async Task<HttpResponseMessage> Get(string path, Action<HttpRequestMessage>? configure = null)
    {
        var client = _site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        configure?.Invoke(request);
        return await client.SendAsync(request);
    }

    private static List<string> HeadersOf(HttpResponseMessage response) =>
        [.. response.Headers.Concat(response.Content.Headers).Where(h => h.Key != "Date")
            .Select(h => h.Key + ": " + string.Join(", ", h.Value)).Order(StringComparer.Ordinal)];

    private static byte[] Decode(byte[] body, Func<Stream, Stream> decoder)
    {
        using var input = new MemoryStream(body);
        using var stream = decoder(input);
        using var output = new MemoryStream();
        stream.CopyTo(output);
        return output.ToArray();
    }
}
