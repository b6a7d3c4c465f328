using Microsoft.Extensions.DependencyInjection;
using MuscleSpasmInfo.Web.ContentHosting;

namespace MuscleSpasmInfo.Web.Tests;

/// <summary>Content:CachePath: the site writes its parses there once its indexes are out, and the next start reads them back.</summary>
public sealed class BuildCacheTests : IDisposable
{
    private readonly TempContent _cache = new();

    public void Dispose() => _cache.Dispose();

    [Fact]
    public async Task A_second_start_over_the_same_content_takes_its_parses_from_the_cache_folder_and_serves_the_same_page()
    {
        var (first, firstHtml) = await StartAsync();
        var (second, secondHtml) = await StartAsync();

        Assert.Equal(0, first);
        Assert.True(second > 0, "the second start read nothing from the cache");
        Assert.Equal(firstHtml, secondHtml);
    }

    /// <summary>Starts a site over a fresh copy of the test content; returns how many parses came from the cache, and an article page.</summary>
    private async Task<(int Cached, string Page)> StartAsync()
    {
        using var site = new SiteFactory();
        site.Settings["Content:CachePath"] = _cache.Root;
        var (_, page) = await site.GetPageAsync("/articles/cause-1");
        var store = site.Services.GetRequiredService<ContentStore>();
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await site.Services.GetRequiredService<IndexBuilder>().WhenIndexedAsync(store.Current.Version, patience.Token);
        // The cache is written after the indexes are published: wait for the writes, which come on the same thread.
        while (store.Current.Timings.Cached == 0 && !Directory.EnumerateFiles(_cache.Root, "*.pack").Any())
        {
            await Task.Delay(20, patience.Token);
        }

        return (store.Current.Timings.Cached, page.QuerySelector("main")!.OuterHtml);
    }
}
