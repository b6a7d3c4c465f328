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
        await link.Page.WaitForURLAsync(url => new Uri(url).PathAndQuery == href);
        return href;
    }

    /// <summary>Closes the page and the context made for it.</summary>
    public static async Task CloseAllAsync(this IPage page)
    {
        await page.Context.CloseAsync();
    }
}
