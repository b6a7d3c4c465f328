using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MuscleSpasmInfo.Content.Catalog;
using MuscleSpasmInfo.Web.ContentHosting;

namespace MuscleSpasmInfo.Web.Tests;

/// <summary>Edits files under a running site's content folder and waits for the snapshot that follows, never a fixed sleep.</summary>
public sealed class HotReloadTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly SiteFactory _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Edit_break_fix_delete_and_add_are_each_picked_up_without_restart()
    {
        await _site.GetPageAsync("/");
        var cause1 = Path.Combine(_site.ContentPath, "cause-1.md");
        var original = await File.ReadAllTextAsync(cause1);

        // Edit: the new title is served.
        await ChangeAsync(() => File.WriteAllText(cause1, original.Replace("title: Cause number 1", "title: Cause number one", StringComparison.Ordinal)));
        Assert.Equal("Cause number one", await H1Async("/articles/cause-1"));

        // Break: the last good version keeps serving and health reports the skipped file.
        await ChangeAsync(() => File.WriteAllText(cause1, original.Replace("title: Cause number 1", "title: [unclosed", StringComparison.Ordinal)));
        Assert.Equal("Cause number one", await H1Async("/articles/cause-1"));
        Assert.Equal(1, await SkippedFilesAsync());

        // Fix: the fixed version replaces it.
        await ChangeAsync(() => File.WriteAllText(cause1, original.Replace("title: Cause number 1", "title: Cause number uno", StringComparison.Ordinal)));
        Assert.Equal("Cause number uno", await H1Async("/articles/cause-1"));
        Assert.Equal(0, await SkippedFilesAsync());

        // Delete: the page is gone and so is every link to it.
        await ChangeAsync(() => File.Delete(Path.Combine(_site.ContentPath, "cause-2.md")));
        var (gone, _) = await _site.GetPageAsync("/articles/cause-2");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        var (_, linking) = await _site.GetPageAsync("/articles/cause-1");
        Assert.DoesNotContain(linking.QuerySelectorAll("a"), a => a.GetAttribute("href")!.StartsWith("/articles/cause-2", StringComparison.Ordinal));

        // Add: a new file is served.
        await ChangeAsync(() => File.WriteAllText(Path.Combine(_site.ContentPath, "new-one.md"), "---\ntitle: Brand new\ncategory: causes\n---\n\nHello.\n"));
        Assert.Equal("Brand new", await H1Async("/articles/new-one"));
    }

    [Fact]
    public async Task Work_on_the_live_snapshot_hears_of_a_reload_before_it_is_built()
    {
        await _site.GetPageAsync("/");
        var store = _site.Services.GetRequiredService<ContentStore>();
        var before = store.Current.Version;
        var heard = new List<long>();
        void OnReloading() => heard.Add(store.Current.Version);
        store.Reloading += OnReloading;
        try
        {
            var after = store.Reload().Version;

            Assert.Equal([before], heard);
            Assert.True(after > before);
        }
        finally
        {
            store.Reloading -= OnReloading;
        }
    }

    [Fact]
    public async Task A_broken_file_at_start_is_skipped_while_every_other_page_serves()
    {
        File.WriteAllText(Path.Combine(_site.ContentPath, "broken.md"), "---\ntitle: Broken\ncategory: no-such-category\n---\n\nText.\n");
        File.WriteAllText(Path.Combine(_site.ContentPath, "empty.md"), string.Empty);

        var (broken, _) = await _site.GetPageAsync("/articles/broken");
        Assert.Equal(HttpStatusCode.NotFound, broken.StatusCode);
        Assert.Equal(2, await SkippedFilesAsync());
        var pages = await Crawler.CrawlAsync(_site.CreateClient());
        Assert.DoesNotContain(pages.Values, p => p.Status != 200);
        Assert.Contains("/articles/cause-1", pages.Keys);
    }

    [Fact]
    public async Task A_vanished_content_folder_keeps_the_last_snapshot_serving_reports_the_fault_and_recovers()
    {
        await _site.GetPageAsync("/");
        var moved = _site.ContentPath + "-moved";

        Directory.Move(_site.ContentPath, moved);
        var degraded = await HealthAsync(json => json.GetProperty("status").GetString() == "Degraded");
        var (page, _) = await _site.GetPageAsync("/articles/cause-1");
        await ChangeAsync(() => Directory.Move(moved, _site.ContentPath));
        var healthy = await HealthAsync(json => json.GetProperty("status").GetString() == "Healthy");

        Assert.Contains("missing", degraded.GetProperty("data").GetProperty("fault").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(6, healthy.GetProperty("data").GetProperty("articles").GetInt32());
    }

    [Fact]
    public async Task A_body_edit_reparses_one_file_and_health_reports_its_indexes_built_in_the_background()
    {
        await _site.GetPageAsync("/");
        var initial = await HealthAsync(IndexesBuilt);
        var cause4 = Path.Combine(_site.ContentPath, "cause-4.md");

        await ChangeAsync(() => File.AppendAllText(cause4, "\nNight cramps and quinine.\n"));
        var after = await HealthAsync(IndexesBuilt);
        var store = _site.Services.GetRequiredService<ContentStore>();

        Assert.True(IndexesBuilt(initial));
        Assert.True(IndexesBuilt(after), after.ToString());
        Assert.True(after.GetProperty("data").GetProperty("snapshot").GetInt64() > initial.GetProperty("data").GetProperty("snapshot").GetInt64());
        Assert.Equal(1, store.Current.Timings.Parsed);
        var (_, results) = await _site.GetPageAsync("/search?q=quinine");
        Assert.Contains(results.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/articles/cause-4");
    }

    [Fact]
    public async Task A_file_renamed_over_another_is_gone_under_its_old_name()
    {
        await _site.GetPageAsync("/");
        var cause4 = Path.Combine(_site.ContentPath, "cause-4.md");
        var copy = Path.Combine(_site.ContentPath, "copy.md");
        await ChangeAsync(() => File.WriteAllText(copy, File.ReadAllText(cause4).Replace("title: Cause number 4", "title: The copy", StringComparison.Ordinal)));
        Assert.Equal("The copy", await H1Async("/articles/copy"));

        // One rename over a file with the same headings: only the old name says that the copy is gone.
        await ChangeAsync(() => File.Move(copy, cause4, overwrite: true));

        var (gone, _) = await _site.GetPageAsync("/articles/copy");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal("The copy", await H1Async("/articles/cause-4"));
    }

    private static bool IndexesBuilt(JsonElement health) =>
        health.GetProperty("data").GetProperty("indexedSnapshot").GetInt64() >= health.GetProperty("data").GetProperty("snapshot").GetInt64();

    /// <summary>Polls /healthz until <paramref name="done"/> holds: the watcher notices a vanished folder within a second.</summary>
    private async Task<JsonElement> HealthAsync(Func<JsonElement, bool> done)
    {
        var client = _site.CreateClient();
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            using var doc = JsonDocument.Parse(await client.GetStringAsync(new Uri("/healthz", UriKind.Relative)));
            if (done(doc.RootElement) || DateTime.UtcNow > deadline)
            {
                return doc.RootElement.Clone();
            }

            await Task.Delay(50);
        }
    }

    private async Task ChangeAsync(Action change)
    {
        var store = _site.Services.GetRequiredService<ContentStore>();
        var changed = new TaskCompletionSource<ContentSnapshot>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnChanged(ContentSnapshot s) => changed.TrySetResult(s);
        store.Changed += OnChanged;
        try
        {
            change();
            await changed.Task.WaitAsync(Patience);
        }
        finally
        {
            store.Changed -= OnChanged;
        }
    }

    private async Task<string> H1Async(string path)
    {
        var (_, page) = await _site.GetPageAsync(path);
        return page.QuerySelector("h1")!.TextContent;
    }

    private async Task<int> SkippedFilesAsync()
    {
        var json = await _site.CreateClient().GetStringAsync(new Uri("/healthz", UriKind.Relative));
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.GetProperty("data").GetProperty("skippedFiles").GetInt32();
    }
}
