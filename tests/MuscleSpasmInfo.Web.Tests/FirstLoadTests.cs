using System.Diagnostics;
using System.Net;
using System.Text.Json;

namespace MuscleSpasmInfo.Web.Tests;

/// <summary>
/// While the first content load runs, the server is already up: the health checks answer at once (a load balancer polls
/// them), and a page waits for the content rather than failing.
/// </summary>
public sealed class FirstLoadTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly SiteFactory _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Health_says_content_is_loading_while_the_first_load_waits_and_pages_wait_for_it()
    {
        // A named pipe: opening it to read blocks until something opens it to write, so the first load stops at this
        // file until the test lets it go.
        var held = Path.Combine(_site.ContentPath, "held.md");
        using (var mkfifo = Process.Start("mkfifo", [held]))
        {
            await mkfifo.WaitForExitAsync();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var client = await Task.Run(_site.CreateClient).WaitAsync(Patience);
        var loading = await client.GetAsync(new Uri("/healthz", UriKind.Relative)).WaitAsync(Patience);
        var live = await client.GetAsync(new Uri("/healthz/live", UriKind.Relative)).WaitAsync(Patience);
        var page = client.GetAsync(new Uri("/articles/cause-1", UriKind.Relative));
        await Task.Delay(200);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, loading.StatusCode);
        Assert.Contains("content is loading", await loading.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.False(page.IsCompleted, "a page was answered before the content it shows was loaded");

        await using (new FileStream(held, FileMode.Open, FileAccess.Write))
        {
            // Opened and closed unwritten: the load reads the file as empty, an error of that file alone.
        }

        Assert.Equal(HttpStatusCode.OK, (await page.WaitAsync(Patience)).StatusCode);
        var ready = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        using var json = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal(1, json.RootElement.GetProperty("data").GetProperty("skippedFiles").GetInt32());
    }
}
