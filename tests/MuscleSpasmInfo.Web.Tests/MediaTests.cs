using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Http;

namespace MuscleSpasmInfo.Web.Tests;

/// <summary>The content folder's media/ is served at /media: images in articles load, nothing else in or out of it does.</summary>
public sealed class MediaTests(MediaTests.Site site) : IClassFixture<MediaTests.Site>
{
    private const string Image = "/media/calf.png";

    /// <summary>The test content plus what media/ must not give away: a hidden file, HTML, a folder, links in and out.</summary>
    public sealed class Site : SiteFactory
    {
        public Site()
        {
            var media = Path.Combine(ContentPath, "media");
            Outside = Path.Combine(ContentPath + "-outside");
            Directory.CreateDirectory(Outside);
            File.WriteAllText(Path.Combine(Outside, "secret.png"), "outside the content folder");
            Directory.CreateDirectory(Path.Combine(media, "diagrams"));
            File.Copy(Path.Combine(media, "calf.png"), Path.Combine(media, "diagrams", "leg.png"));
            File.Copy(Path.Combine(media, "calf.png"), Path.Combine(media, ".hidden.png"));
            File.WriteAllText(Path.Combine(ContentPath, "beside-media.png"), "outside the media folder");
            File.WriteAllText(Path.Combine(media, "page.html"), "<script src=/media/x.js></script>");
            File.CreateSymbolicLink(Path.Combine(media, "same-calf.png"), "calf.png");
            File.CreateSymbolicLink(Path.Combine(media, "escape.png"), Path.Combine(Outside, "secret.png"));
            File.CreateSymbolicLink(Path.Combine(media, "article.png"), Path.Combine(ContentPath, "cause-1.md"));
            Directory.CreateSymbolicLink(Path.Combine(media, "outside"), Outside);
        }

        public string Outside { get; }

        public byte[] ImageBytes => File.ReadAllBytes(Path.Combine(ContentPath, "media", "calf.png"));

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (disposing && Directory.Exists(Outside))
            {
                Directory.Delete(Outside, recursive: true);
            }
        }
    }

    [Fact]
    public async Task An_image_in_an_article_is_served_as_a_png_with_nosniff_and_a_long_cache()
    {
        // Arrange: the address the article itself gives.
        var (_, page) = await site.GetPageAsync("/articles/cause-4");
        var src = page.QuerySelector("article img")!.GetAttribute("src")!;

        // Act
        var response = await Get(src);

        // Assert
        Assert.Equal(Image, src);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.True(response.Headers.CacheControl!.Public);
        Assert.Equal(TimeSpan.FromDays(1), response.Headers.CacheControl.MaxAge);
        Assert.NotNull(response.Headers.ETag);
        Assert.NotNull(response.Content.Headers.LastModified);
        Assert.Equal(site.ImageBytes, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_conditional_get_with_the_etag_or_the_date_answers_304_without_a_body()
    {
        var first = await Get(Image);

        var byTag = await Get(Image, r => r.Headers.IfNoneMatch.Add(first.Headers.ETag!));
        var byDate = await Get(Image, r => r.Headers.IfModifiedSince = first.Content.Headers.LastModified);

        Assert.Equal(HttpStatusCode.NotModified, byTag.StatusCode);
        Assert.Empty(await byTag.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotModified, byDate.StatusCode);
    }

    [Fact]
    public async Task Head_gives_the_headers_without_a_body_and_other_methods_get_405()
    {
        using var client = site.CreateClient();

        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, Image));
        using var post = await client.PostAsync(new Uri(Image, UriKind.Relative), new ByteArrayContent([]));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(site.ImageBytes.Length, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
    }

    [Fact]
    public async Task A_range_request_gets_those_bytes()
    {
        var response = await Get(Image, r => r.Headers.Range = new RangeHeaderValue(0, 7));

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal(site.ImageBytes[..8], await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Files_in_a_subfolder_and_links_that_stay_inside_are_served()
    {
        var nested = await Get("/media/diagrams/leg.png");
        var linked = await Get("/media/same-calf.png");

        Assert.Equal(HttpStatusCode.OK, nested.StatusCode);
        Assert.Equal(HttpStatusCode.OK, linked.StatusCode);
        Assert.Equal(site.ImageBytes, await linked.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/media/missing.png")]
    [InlineData("/media")]
    [InlineData("/media/")]
    [InlineData("/media/diagrams")]
    [InlineData("/media/diagrams/")]
    [InlineData("/media/.hidden.png")]
    [InlineData("/media/page.html")]
    [InlineData("/media/calf.png/x.png")]
    public async Task What_is_not_a_media_file_gets_the_sites_404_page(string path)
    {
        var (response, page) = await site.GetPageAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Page not found", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/media/escape.png")]
    [InlineData("/media/article.png")]
    [InlineData("/media/outside/secret.png")]
    public async Task A_link_out_of_the_media_folder_is_a_404(string path)
    {
        var response = await Get(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("outside the content folder", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>Paths set on the request as written, past any client or server normalisation, straight at the middleware.</summary>
    [Theory]
    [InlineData("/media/../cause-1.md")]
    [InlineData("/media/../beside-media.png")]
    [InlineData("/media/diagrams/../../beside-media.png")]
    [InlineData("/media/%2e%2e/beside-media.png")]
    [InlineData("/media/..%2fbeside-media.png")]
    [InlineData("/media/../../etc/passwd")]
    [InlineData("/media/diagrams/../../cause-1.png")]
    [InlineData("/media/..\\cause-1.md")]
    [InlineData("/media//etc/passwd.png")]
    [InlineData("/media/%2e%2e/cause-1.md")]
    [InlineData("/media/..%2fcause-1.md")]
    [InlineData("/media/calf.png\0.md")]
    [InlineData("/media/C:/Windows/win.ini")]
    [InlineData("/media/outside/../../cause-1.md")]
    public async Task Traversal_is_a_4xx_and_never_a_file_from_outside(string path)
    {
        var context = await site.Server.SendAsync(c =>
        {
            c.Request.Method = HttpMethods.Get;
            c.Request.Path = new PathString(path);
        });
        using var reader = new StreamReader(context.Response.Body);
        var body = await reader.ReadToEndAsync();

        Assert.InRange(context.Response.StatusCode, 400, 499);
        Assert.DoesNotContain("title: Cause number 1", body, StringComparison.Ordinal);
        Assert.DoesNotContain("outside the media folder", body, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/media/..%2fcause-1.md")]
    [InlineData("/media/%2e%2e%2fcause-1.md")]
    [InlineData("/media/%252e%252e%252fcause-1.md")]
    [InlineData("/media/..%5ccause-1.md")]
    [InlineData("/media/%c0%ae%c0%ae/cause-1.md")]
    [InlineData("/media/..%2fbeside-media.png")]
    [InlineData("/media/%2e%2e%2fbeside-media.png")]
    public async Task Encoded_traversal_from_a_client_is_a_4xx(string path)
    {
        var response = await Get(path);
        var body = await response.Content.ReadAsStringAsync();

        Assert.InRange((int)response.StatusCode, 400, 499);
        Assert.DoesNotContain("title: Cause number 1", body, StringComparison.Ordinal);
        Assert.DoesNotContain("outside the media folder", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_added_while_the_site_runs_is_served_from_the_configured_folder()
    {
        var added = Path.Combine(site.ContentPath, "media", "added-later.png");
        await File.WriteAllBytesAsync(added, site.ImageBytes[..20]);

        var response = await Get("/media/added-later.png");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(site.ImageBytes[..20], await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_media_folder_that_appears_after_start_is_served()
    {
        // Arrange: a site whose content folder has no media/ when it starts.
        using var later = new SiteFactory();
        var media = Path.Combine(later.ContentPath, "media");
        Directory.Delete(media, recursive: true);
        using var client = later.CreateClient();
        var before = await client.GetAsync(new Uri(Image, UriKind.Relative));

        // Act
        Directory.CreateDirectory(media);
        await File.WriteAllBytesAsync(Path.Combine(media, "calf.png"), site.ImageBytes);
        var after = await client.GetAsync(new Uri(Image, UriKind.Relative));

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    private async Task<HttpResponseMessage> Get(string path, Action<HttpRequestMessage>? configure = null)
    {
        using var client = site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        configure?.Invoke(request);
        return await client.SendAsync(request);
    }
}
