using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using AngleSharp.Html.Parser;

namespace MuscleSpasmInfo.Browser.Tests;

/// <summary>
/// The static export, served by a real nginx, has the same pages and links as the live site. Here rather than in the
/// web tests because it needs nginx, which NuGet does not bring.
/// </summary>
public sealed class ExportTests : IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "msi-export-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try
        {
            Directory.Delete(_work, recursive: true);
        }
        catch (IOException)
        {
            // left for the OS
        }
    }

    [Fact]
    public async Task Nginx_serving_the_export_finds_the_same_pages_and_links_as_the_live_site()
    {
        var nginx = Tools.Find().Nginx;
        using var live = new KestrelSite();
        var export = Path.Combine(_work, "export");
        var (exit, output) = await RunExportAsync(live.ContentPath, export);
        Assert.True(exit == 0, output);
        Assert.True(File.Exists(Path.Combine(export, "404.html")));
        Assert.True(File.Exists(Path.Combine(export, "sitemap.xml")));
        Assert.True(File.Exists(Path.Combine(export, "robots.txt")));
        Assert.True(File.Exists(Path.Combine(export, "feed.xml")));

        var port = FreePort();
        using var server = StartNginx(nginx, export, port);
        using var staticClient = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        await WaitForAsync(staticClient);
        using var liveClient = new HttpClient { BaseAddress = live.BaseAddress };

        var livePages = await Crawler.CrawlAsync(liveClient);
        var staticPages = await Crawler.CrawlAsync(staticClient);

        Assert.Equal(livePages.Keys.Order(StringComparer.Ordinal), staticPages.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, page) in livePages)
        {
            Assert.Equal(200, staticPages[path].Status);

            // A static host ignores the query, so "?sort=count" shows the same links in name order.
            if (path.Contains('?', StringComparison.Ordinal))
            {
                Assert.Equal(page.Links.Order(StringComparer.Ordinal), staticPages[path].Links.Order(StringComparer.Ordinal));
            }
            else
            {
                Assert.Equal(page.Links, staticPages[path].Links);
            }
        }

        var missing = await staticClient.GetAsync(new Uri("/articles/no-such-article", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Page not found", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var liveArticle = await liveClient.GetByteArrayAsync(new Uri("/articles/cause-1", UriKind.Relative));
        var staticArticle = await staticClient.GetByteArrayAsync(new Uri("/articles/cause-1", UriKind.Relative));
        Assert.Equal(liveArticle, staticArticle);

        // An article's image: exported under media/ and the same bytes, with the same content type, from both.
        var withImage = await new HtmlParser().ParseDocumentAsync(await liveClient.GetStringAsync(new Uri("/articles/cause-4", UriKind.Relative)));
        var image = new Uri(withImage.QuerySelector("article img")!.GetAttribute("src")!, UriKind.Relative);
        using var liveImage = await liveClient.GetAsync(image);
        using var staticImage = await staticClient.GetAsync(image);
        Assert.True(File.Exists(Path.Combine(export, "media", "calf.png")));
        Assert.Equal(HttpStatusCode.OK, liveImage.StatusCode);
        Assert.Equal(HttpStatusCode.OK, staticImage.StatusCode);
        Assert.Equal("image/png", staticImage.Content.Headers.ContentType!.MediaType);
        Assert.Equal(liveImage.Content.Headers.ContentType!.MediaType, staticImage.Content.Headers.ContentType.MediaType);
        Assert.Equal(await liveImage.Content.ReadAsByteArrayAsync(), await staticImage.Content.ReadAsByteArrayAsync());
    }

    private static Task<(int Exit, string Output)> RunExportAsync(string content, string output) =>
        SiteCommand.RunAsync(
            ["export", "--out", output, "--content", content],
            new Dictionary<string, string> { ["Serilog__MinimumLevel__Default"] = "Warning", ["Site__BaseUrl"] = "https://example.test" });

    private RunningProcess StartNginx(string nginx, string root, int port)
    {
        var prefix = Path.Combine(_work, "nginx");
        Directory.CreateDirectory(prefix);
        var config = Path.Combine(prefix, "nginx.conf");
        File.WriteAllText(config, $$"""
            worker_processes 1;
            daemon off;
            pid {{prefix}}/nginx.pid;
            error_log {{prefix}}/error.log;
            events { worker_connections 64; }
            http {
                include /etc/nginx/mime.types;
                access_log off;
                client_body_temp_path {{prefix}}/body;
                proxy_temp_path {{prefix}}/proxy;
                fastcgi_temp_path {{prefix}}/fastcgi;
                uwsgi_temp_path {{prefix}}/uwsgi;
                scgi_temp_path {{prefix}}/scgi;
                server {
                    listen 127.0.0.1:{{port}};
                    root {{root}};
                    location / { try_files $uri $uri/index.html =404; }
                    error_page 404 /404.html;
                }
            }
            """);
        var start = new ProcessStartInfo(nginx) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "-p", prefix, "-c", config })
        {
            start.ArgumentList.Add(arg);
        }

        return new RunningProcess(Process.Start(start)!);
    }

    private static async Task WaitForAsync(HttpClient client)
    {
        for (var i = 0; i < 100; i++)
        {
            try
            {
                await client.GetAsync(new Uri("/", UriKind.Relative));
                return;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(50);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Stops a server (nginx and its worker) by its process id when the test ends.</summary>
    private sealed class RunningProcess(Process process) : IDisposable
    {
        public void Dispose()
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(5000);
            }

            process.Dispose();
        }
    }
}
