using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Microsoft.Playwright;

namespace MuscleSpasmInfo.Browser.Tests;

/// <summary>
/// One site on real Kestrel and one headless Chromium for the whole test collection, plus the list of pages found by
/// crawling from "/" and from /sitemap.xml, so a new page is checked without a new test.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime, IDisposable
{
    /// <summary>A page that does not exist: the 404 page is a page readers see, so it is checked like the others.</summary>
    public const string MissingPage = "/no-such-page-for-browser-tests";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private RealSiteFactory? _factory;
    private IPlaywright? _playwright;

    public Tools Tools { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    /// <summary>Every HTML page reached from "/" or listed in the sitemap, as site paths, plus <see cref="MissingPage"/>.</summary>
    public IReadOnlyList<string> Pages { get; private set; } = [];

    /// <summary>Where screenshots go: TestResults/screenshots beside the test project.</summary>
    public string ScreenshotFolder { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Tools = Tools.Find();
        ScreenshotFolder = Path.Combine(Tools.RepositoryRoot, "tests", "MuscleSpasmInfo.Browser.Tests", "TestResults", "screenshots");
        _factory = new RealSiteFactory(Path.Combine(Tools.RepositoryRoot, "content"));
        BaseAddress = _factory.Start();
        Http = new HttpClient { BaseAddress = BaseAddress };
        var crawl = CrawlAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Tools.Chromium,
            Headless = true,
            Args = ChromiumArgs,
        });
        Pages = await crawl;
    }

    /// <summary>
    /// A fresh page in its own context at the given viewport width. Tests inject their tools (axe-core) as scripts,
    /// which the site's Content-Security-Policy rightly blocks, so contexts bypass it unless a test checks the policy.
    /// </summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900, bool bypassCsp = true)
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new() { Width = width, Height = height },
            JavaScriptEnabled = true,
            BypassCSP = bypassCsp,
        });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        Dispose();
    }

    public void Dispose()
    {
        Http?.Dispose();
        _factory?.Dispose();
    }

    private async Task<IReadOnlyList<string>> CrawlAsync()
    {
        var sitemap = XDocument.Parse(await Http.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative)));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var start = sitemap.Descendants(ns + "loc").Select(loc => new Uri(loc.Value.Trim()).PathAndQuery).Prepend("/");

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pages = new List<string>();
        var queue = new Queue<string>(start);
        var parser = new HtmlParser();
        while (queue.TryDequeue(out var path))
        {
            if (!seen.Add(path) || seen.Count > 1000)
            {
                continue;
            }

            using var response = await Http.GetAsync(new Uri(path, UriKind.Relative));
            if (!response.IsSuccessStatusCode || response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            pages.Add(path);
            var document = await parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
            foreach (var href in document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                if (href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal))
                {
                    var target = href.Split('#')[0];
                    if (target.Length > 0)
                    {
                        queue.Enqueue(target);
                    }
                }
            }
        }

        pages.Add(MissingPage);
        return pages;
    }
}

/// <summary>All browser tests share one site and one Chromium; xunit runs them one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserTestGroup : ICollectionFixture<BrowserSite>
{
    public const string Name = "browser";
}
