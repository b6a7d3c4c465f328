using Microsoft.Playwright;

namespace MuscleSpasmInfo.Browser.Tests;

/// <summary>Small helpers the browser tests share.</summary>
public static class PageExtensions
{
    /// <summary>Opens a site path and returns its HTTP status.</summary>
    public static async Task<int> OpenAsync(this IPage page, string path)
    {
        var response = await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.Load });
        return response?.Status ?? 0;
    }

    /// <summary>The path (and query) of the page's current URL.</summary>
    public static string Path(this IPage page) => new Uri(page.Url).PathAndQuery;

    /// <summary>Clicks a same-site link and waits until the browser is on the page it points to; returns that path.</summary>
    public static async Task<string> FollowAsync(this ILocator link)
    {
        var href = await link.GetAttributeAsync("href") ?? throw new InvalidOperationException("The link has no href");
        await link.ClickAsync();
        await link.Page.WaitForLoadedAsync(href);
        return href;
    }

    /// <summary>
    /// Waits until the page holds a loaded document at the path (and at the query too, if one is given).
    /// </summary>
    /// <remarks>
    /// Polls in the page instead of waiting on Playwright's load event: its client looks for a load it has
    /// already seen and only then subscribes, so a load that arrives between the two is missed and the wait
    /// times out (seen in CI as a 30 s timeout with "NetworkIdle event fired" and no "Load").
    /// </remarks>
    public static Task WaitForLoadedAsync(this IPage page, string path) =>
        page.WaitForFunctionAsync(
            """
            path => (path.includes('?') ? location.pathname + location.search : location.pathname) === path
                && document.readyState === 'complete'
            """,
            path);

    /// <summary>Closes the page and the context made for it.</summary>
    public static async Task CloseAllAsync(this IPage page)
    {
        await page.Context.CloseAsync();
    }
}
