using System.Net;
using System.Text.Json;

namespace MuscleSpasmInfo.Web.Tests;

/// <summary>
/// While the first content load runs, the server is already up: the health checks answer at once (a load balancer polls
/// them), and a page waits for the content rather than failing, without holding a thread of the server's while it waits.
/// </summary>
public sealed class FirstLoadTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    // A load balancer's usual probe timeout: a health check slower than this counts as down.
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(2);
    private readonly SiteFactory _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Health_says_content_is_loading_while_the_first_load_waits_and_pages_wait_for_it()
    {
        var held = await HeldFile.CreateAsync(Path.Combine(_site.ContentPath, "held.md"));

        var client = await Task.Run(_site.CreateClient).WaitAsync(Patience);
        var loading = await client.GetAsync(new Uri("/healthz", UriKind.Relative)).WaitAsync(Patience);
        var live = await client.GetAsync(new Uri("/healthz/live", UriKind.Relative)).WaitAsync(Patience);
        var page = client.GetAsync(new Uri("/articles/cause-1", UriKind.Relative));
        await Task.Delay(200);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, loading.StatusCode);
        Assert.Contains("content is loading", await loading.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.False(page.IsCompleted, "a page was answered before the content it shows was loaded");

        await held.ReleaseAsync();

        Assert.Equal(HttpStatusCode.OK, (await page.WaitAsync(Patience)).StatusCode);
        var ready = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        using var json = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal(1, json.RootElement.GetProperty("data").GetProperty("skippedFiles").GetInt32());
    }

    [Fact]
    public async Task Health_answers_at_once_while_many_readers_wait_for_the_first_load()
    {
        using var content = TempContent.CopyOf(_site.ContentPath);
        var held = await HeldFile.CreateAsync(Path.Combine(content.Root, "held.md"));

        // In a process of its own: the site's thread pool is then its own, as in production, and not also the test's.
        using var site = await SiteProcess.StartAsync(content.Root);
        using var client = new HttpClient { BaseAddress = site.BaseAddress, Timeout = Patience };
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);

        // Were each waiting reader to hold a pool thread, the pool would run dry and the probe would wait for it to grow
        // (a thread or two a second): many seconds for this many readers.
        var readers = Enumerable.Range(0, 100).Select(i => client.GetAsync(new Uri($"/articles/cause-{1 + (i % 3)}", UriKind.Relative))).ToList();
        await Task.Delay(500);
        using var probe = new HttpClient { BaseAddress = site.BaseAddress, Timeout = ProbeTimeout };
        var health = await probe.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.DoesNotContain(readers, reader => reader.IsCompleted);
        await held.ReleaseAsync();

        Assert.All(await Task.WhenAll(readers).WaitAsync(Patience), response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
    }
}
