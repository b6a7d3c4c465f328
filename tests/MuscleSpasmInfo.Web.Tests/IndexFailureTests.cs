using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using MuscleSpasmInfo.Content.Catalog;
using MuscleSpasmInfo.Content.Search;
using MuscleSpasmInfo.Web.ContentHosting;

namespace MuscleSpasmInfo.Web.Tests;

/// <summary>A failed index build is reported to whoever waits for it, and pages keep serving meanwhile.</summary>
public sealed class IndexFailureTests : IDisposable
{
    private readonly BrokenSearchSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Waiting_for_indexes_whose_build_failed_ends_with_the_reason_not_for_ever()
    {
        var (response, _) = await _site.GetPageAsync("/articles/cause-1");
        var version = _site.Services.GetRequiredService<ContentStore>().Current.Version;
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(
            () => _site.Services.GetRequiredService<IndexBuilder>().WhenIndexedAsync(version, patience.Token));

        Assert.False(patience.IsCancellationRequested, "the wait ran out instead of failing");
        Assert.Contains($"index build of snapshot {version} failed", failure.Message, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>The site with a search index that is closed before its first build, so that build fails.</summary>
    private sealed class BrokenSearchSite : SiteFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton(sp =>
            {
                var closed = new LanguageSearch(sp.GetRequiredService<ContentLoader>().Languages);
                closed.Dispose();
                return closed;
            }));
        }
    }
}
