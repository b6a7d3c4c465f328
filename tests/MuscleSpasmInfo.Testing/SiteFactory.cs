using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MuscleSpasmInfo.Testing;

/// <summary>
/// The site hosted in-process (Production, base URL https://example.test, Serilog quiet unless a test asks for more)
/// over a content folder on disk; by default over a private copy of the test project's TestContent folder.
/// </summary>
public class SiteFactory : WebApplicationFactory<Program>
{
    private readonly TempContent? _copy;

    /// <summary>Serves a copy of the TestContent folder in the test's output folder.</summary>
    public SiteFactory()
        : this(Path.Combine(AppContext.BaseDirectory, "TestContent"))
    {
    }

    /// <summary>Serves <paramref name="source"/>; copies it first unless <paramref name="copy"/> is false (the real content, read only).</summary>
    /// <remarks>Protected: xunit wants one public constructor on a class fixture, so other folders are served by a subclass.</remarks>
    protected SiteFactory(string source, bool copy = true)
    {
        _copy = copy ? TempContent.CopyOf(source) : null;
        ContentPath = _copy?.Root ?? source;
    }

    /// <summary>The folder the site serves; a test may edit it when it is a copy.</summary>
    public string ContentPath { get; }

    /// <summary>Extra configuration for one factory, applied after the defaults; set before the first request.</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    /// <summary>GETs a page without following redirects and parses it into a DOM.</summary>
    public async Task<(HttpResponseMessage Response, IDocument Document)> GetPageAsync(string path)
    {
        using var client = CreatePageClient();
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        var document = await new HtmlParser().ParseDocumentAsync(html);
        return (response, document);
    }

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Production");
        builder.UseSetting("Content:Path", ContentPath);
        // Quiet: a test run is not the place for request logs. The site gives each host its own Serilog logger
        // (AddSerilog with a callback, no static bootstrap logger), so many factories in one process never clash.
        builder.UseSetting("Serilog:MinimumLevel:Default", "Fatal");
        builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.AspNetCore", "Fatal");
        builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime", "Fatal");
        builder.UseSetting("Site:BaseUrl", "https://example.test");
        // Each factory would load its own 150 MB sentence model; the tests of meaning matching turn it on.
        builder.UseSetting("Content:MatchMeaning", "false");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>The client pages are fetched with: in memory here, over the network in <see cref="KestrelSite"/>.</summary>
    protected virtual HttpClient CreatePageClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _copy?.Dispose();
        }
    }
}
