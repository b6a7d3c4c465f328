using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MuscleSpasmInfo.Web.Tests;

/// <summary>
/// Hosts the site in-process over a private copy of a content folder on disk, so tests can edit files freely.
/// </summary>
public class SiteFactory : WebApplicationFactory<Program>
{
    private readonly bool _copy;

    public SiteFactory()
        : this(Path.Combine(AppContext.BaseDirectory, "TestContent"))
    {
    }

    /// <summary>Serves <paramref name="source"/>; copies it first unless <paramref name="copy"/> is false (the real content).</summary>
    protected SiteFactory(string source, bool copy = true)
    {
        _copy = copy;
        if (copy)
        {
            ContentPath = Path.Combine(Path.GetTempPath(), "msi-web-tests", Guid.NewGuid().ToString("N"));
            CopyFolder(source, ContentPath);
        }
        else
        {
            ContentPath = source;
        }
    }

    public string ContentPath { get; }

    /// <summary>Extra configuration for one factory, applied after the defaults.</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Content:Path", ContentPath);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Fatal");
        builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.AspNetCore", "Fatal");
        builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime", "Fatal");
        builder.UseSetting("Site:BaseUrl", "https://example.test");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>GETs a page and parses it into a DOM.</summary>
    public async Task<(HttpResponseMessage Response, IDocument Document)> GetPageAsync(string path)
    {
        using var client = CreatePageClient();
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        var document = await new HtmlParser().ParseDocumentAsync(html);
        return (response, document);
    }

    /// <summary>The client pages are fetched with: in memory here, over the network in <see cref="KestrelSite"/>.</summary>
    protected virtual HttpClient CreatePageClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _copy)
        {
            try
            {
                Directory.Delete(ContentPath, recursive: true);
            }
            catch (IOException)
            {
                // Left for the OS to clean; the test itself is done.
            }
        }
    }

    /// <summary>The repository's own content folder, found from the test's output folder.</summary>
    public static string RealContentPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MuscleSpasmInfo.sln")))
            {
                return Path.Combine(dir.FullName, "content");
            }
        }

        throw new DirectoryNotFoundException("MuscleSpasmInfo.sln not found above " + AppContext.BaseDirectory);
    }

    private static void CopyFolder(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
