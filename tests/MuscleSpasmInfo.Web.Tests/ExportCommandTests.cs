using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;
using MuscleSpasmInfo.Web.Commands;
using Serilog.Core;

namespace MuscleSpasmInfo.Web.Tests;

/// <summary>
/// The export renders pages through the site's own pipeline in-process: every file it writes holds the bytes the site
/// serves at that URL, and a page that fails is named with its error in one line and makes the export exit 1.
/// </summary>
public sealed class ExportCommandTests : IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "msi-export-command", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_work))
        {
            Directory.Delete(_work, recursive: true);
        }
    }

    [Fact]
    public async Task Every_exported_file_holds_the_bytes_the_site_serves_at_its_url()
    {
        using var site = new SiteFactory();
        var export = Path.Combine(_work, "site");

        var (exit, output) = await SiteCommand.RunAsync(
            ["export", "--out", export, "--content", site.ContentPath],
            new Dictionary<string, string> { ["Site__BaseUrl"] = "https://example.test" });

        Assert.True(exit == 0, output);
        using var client = site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var pages = Directory.EnumerateFiles(export, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(export, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("css/", StringComparison.Ordinal) && !f.StartsWith("media/", StringComparison.Ordinal) && f != "favicon.svg")
            .ToList();
        // Each kind of page the site has, in both languages where it has them, so none is left out of the comparison.
        foreach (var expected in new[]
        {
            "index.html", "articles/cause-1/index.html", "categories/causes/index.html", "tags/index.html", "a-z/index.html",
            "about/index.html", "es/index.html", "sitemap.xml", "feed.xml", "robots.txt", "404.html",
        })
        {
            Assert.Contains(expected, pages);
        }

        Assert.Contains(pages, p => p.StartsWith("tags/", StringComparison.Ordinal) && p != "tags/index.html");
        foreach (var page in pages)
        {
            var missing = page == "404.html";
            using var response = await client.GetAsync(new Uri(missing ? "/no-such-page" : UrlOf(page), UriKind.Relative));
            Assert.Equal(missing ? HttpStatusCode.NotFound : HttpStatusCode.OK, response.StatusCode);
            var served = await response.Content.ReadAsByteArrayAsync();
            var written = await File.ReadAllBytesAsync(Path.Combine(export, page));
            Assert.True(served.SequenceEqual(written), $"{page} differs from what the site serves");
        }
    }

    [Fact]
    public async Task A_page_that_fails_is_named_with_its_error_in_one_line_and_the_export_exits_1()
    {
        using var content = TempContent.CopyOf(Path.Combine(AppContext.BaseDirectory, "TestContent"));
        var logged = new LogCapture();
        var export = Path.Combine(_work, "site");
        await using var app = ExportSite(content.Root, services =>
        {
            services.AddSingleton<ILogEventSink>(logged);
            services.Configure<MvcOptions>(o => o.Filters.Add(new FailOnePage("cause-2")));
        });
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await ExportCommand.RunAsync(app, export, output, error, showProgress: false);

        Assert.Equal(1, exit);
        var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains("export: /articles/cause-2 answered 500, not 200: InvalidOperationException: this page cannot be rendered", lines);
        Assert.True(lines[^1].StartsWith("export: failed: 1 pages were not exported", StringComparison.Ordinal), error.ToString());
        Assert.DoesNotContain("   at ", error.ToString() + output.ToString(), StringComparison.Ordinal);
        // The export says what failed; the request log, the exception handler and the error page log no stack trace of their own.
        Assert.DoesNotContain(logged.Events, e => e.Exception is not null);
        Assert.DoesNotContain("Exported", output.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(export, "articles", "cause-2", "index.html")));
        Assert.True(File.Exists(Path.Combine(export, "articles", "cause-1", "index.html")));
    }

    private static string UrlOf(string file) => file switch
    {
        "index.html" => "/",
        _ when file.EndsWith("/index.html", StringComparison.Ordinal) => "/" + file[..^"/index.html".Length],
        _ => "/" + file,
    };

    /// <summary>The site composed as <c>Program</c> composes it for <c>export</c>, over <paramref name="contentPath"/>, with extra services.</summary>
    private static WebApplication ExportSite(string contentPath, Action<IServiceCollection> services)
    {
        var commandLine = CommandLine.Parse(["export", "--content", contentPath]);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = [.. commandLine.ConfigurationArgs, "--Serilog:MinimumLevel:Default=Information", "--Site:BaseUrl=https://example.test"],
            ApplicationName = typeof(Program).Assembly.GetName().Name,
            ContentRootPath = Path.Combine(Repository.Root, "src", "MuscleSpasmInfo.Web"),
            EnvironmentName = "Production",
        });
        builder.AddSite(watchContent: false);
        ExportCommand.AddInProcessServer(builder.Services);
        services(builder.Services);
        var app = builder.Build();
        app.UseSite();
        return app;
    }

    /// <summary>A page filter that throws while rendering one article, as a bug in a page would: inside the pipeline, under the exception handler.</summary>
    private sealed class FailOnePage(string slug) : IAsyncPageFilter
    {
        public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

        public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
        {
            ArgumentNullException.ThrowIfNull(context);
            ArgumentNullException.ThrowIfNull(next);
            return context.ActionDescriptor.ViewEnginePath == "/Articles/Show" && Equals(context.RouteData.Values["slug"], slug)
                ? throw new InvalidOperationException("this page cannot be rendered")
                : next();
        }
    }
}
