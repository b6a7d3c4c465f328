using System.Xml.Linq;
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

    /// <summary>The Arabic fixture's article, a right-to-left page (tests only, not site content).</summary>
    public const string ArabicArticle = "/ar/articles/altashanujat-aladaliya";

    private KestrelSite? _site;
    private KestrelSite? _arabic;
    private IPlaywright? _playwright;

    public Tools Tools { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    /// <summary>Every HTML page reached from "/" or listed in the sitemap, as site paths, plus <see cref="MissingPage"/>.</summary>
    public IReadOnlyList<string> Pages { get; private set; } = [];

    /// <summary>The Arabic fixture site (right to left), on its own Kestrel.</summary>
    public Uri ArabicAddress { get; private set; } = null!;

    /// <summary>
    /// What the page checks (axe, the Nu Html Checker, 320 px, keyboard) run over: <see cref="Pages"/>, then every Arabic
    /// page of the fixture as an absolute URL.
    /// </summary>
    public IReadOnlyList<string> CheckedPages { get; private set; } = [];

    /// <summary>Where screenshots go: TestResults/screenshots beside the test project.</summary>
    public string ScreenshotFolder { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Tools = Tools.Find();
        ScreenshotFolder = Path.Combine(Repository.TestResultsOf(typeof(BrowserSite).Assembly), "screenshots");
        _site = new RealContentSite();
        _arabic = new ArabicFixtureSite();
        BaseAddress = _site.BaseAddress;
        ArabicAddress = _arabic.BaseAddress;
        Http = new HttpClient { BaseAddress = BaseAddress };
        var crawl = CrawlAsync();
        var arabic = CrawlArabicAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Tools.Chromium,
            Headless = true,
            Args = ChromiumArgs,
        });
        Pages = await crawl;
        CheckedPages = [.. Pages, .. await arabic];
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
        _site?.Dispose();
        _arabic?.Dispose();
    }

    private async Task<IReadOnlyList<string>> CrawlAsync()
    {
        var sitemap = XDocument.Parse(await Http.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative)));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var start = sitemap.Descendants(ns + "loc").Select(loc => new Uri(loc.Value.Trim()).PathAndQuery).Prepend("/");
        var pages = await Crawler.CrawlAsync(Http, start);
        return [.. pages.Values.Where(p => p.IsHtmlPage).Select(p => p.Path), MissingPage];
    }

    /// <summary>The Arabic pages of the fixture, crawled from its Arabic home, and its Arabic 404 page, as absolute URLs.</summary>
    private async Task<IReadOnlyList<string>> CrawlArabicAsync()
    {
        using var http = new HttpClient { BaseAddress = ArabicAddress };
        var pages = await Crawler.CrawlAsync(http, ["/ar/", ArabicArticle]);
        return [.. pages.Values.Where(p => p.IsHtmlPage && p.Path.StartsWith("/ar/", StringComparison.Ordinal)).Select(p => new Uri(ArabicAddress, p.Path).ToString()),
            new Uri(ArabicAddress, "/ar" + MissingPage).ToString()];
    }

    /// <summary>
    /// A fixture of one seed article and its Arabic translation, with Arabic declared in place of Spanish: right-to-left
    /// pages for the layout checks, never part of the site's content.
    /// </summary>
    private sealed class ArabicFixtureSite() : KestrelSite(
        Path.Combine(Repository.Root, "tests", "MuscleSpasmInfo.Browser.Tests", "Fixtures", "arabic"),
        copy: true,
        new Dictionary<string, string?>
        {
            ["Content:Languages:1:Code"] = "ar",
            ["Content:Languages:1:Name"] = "العربية",
            ["Content:Languages:1:Culture"] = "ar",
            ["Content:Languages:1:Direction"] = "rtl",
        });

    /// <summary>The site over the repository's own content, served where it is rather than copied.</summary>
    private sealed class RealContentSite() : KestrelSite(Repository.ContentFolder, copy: false);
}

/// <summary>All browser tests share one site and one Chromium; xunit runs them one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserTestGroup : ICollectionFixture<BrowserSite>
{
    public const string Name = "browser";
}
