using System.Threading.Channels;

namespace MuscleSpasmInfo.Web.ContentHosting;

/// <summary>
/// Reloads the content when files under the content folder change. One save raises several file-system events,
/// so events are batched until the folder has been quiet for a moment, then the site reloads once, telling the loader
/// which paths changed so it can read only those. While the folder is missing it is polled, and the site reloads when
/// it returns.
/// </summary>
public sealed class ContentWatcher(ContentStore store, ILogger<ContentWatcher> logger) : BackgroundService
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan MaxBatch = TimeSpan.FromMilliseconds(400);
    private static readonly TimeSpan MissingFolderPoll = TimeSpan.FromSeconds(1);

    private readonly Channel<string> _events = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await store.CurrentAsync(stoppingToken).ConfigureAwait(false);
        FileSystemWatcher? watcher = null;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                if (!Directory.Exists(store.Root))
                {
                    watcher?.Dispose();
                    watcher = null;
                    await WaitForFolderAsync(stoppingToken).ConfigureAwait(false);
                    await ReloadAsync("the content folder is back", store.Root, null).ConfigureAwait(false);
                }

                watcher ??= CreateWatcher();
                using var poll = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                poll.CancelAfter(MissingFolderPoll);
                string first;
                try
                {
                    first = await _events.Reader.ReadAsync(poll.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
                {
                    continue; // no change this second; look again whether the folder is still there
                }

                var batch = await DrainBatchAsync(first, stoppingToken).ConfigureAwait(false);
                await ReloadAsync("content changed", first, batch).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down
        }
        finally
        {
            watcher?.Dispose();
        }
    }

    /// <summary>The paths of one save: events until the folder is quiet, or the batch is too long to wait for.</summary>
    private async Task<HashSet<string>> DrainBatchAsync(string first, CancellationToken stoppingToken)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal) { first };
        using var batchLimit = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        batchLimit.CancelAfter(MaxBatch);
        while (!batchLimit.IsCancellationRequested)
        {
            using var quiet = CancellationTokenSource.CreateLinkedTokenSource(batchLimit.Token);
            quiet.CancelAfter(Quiet);
            try
            {
                paths.Add(await _events.Reader.ReadAsync(quiet.Token).ConfigureAwait(false));
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                break;
            }
        }

        return paths;
    }

    private async Task WaitForFolderAsync(CancellationToken stoppingToken)
    {
        logger.LogError("Content folder {Root} is missing; serving the last snapshot until it returns", store.Root);
        await store.ReloadAsync().ConfigureAwait(false);
        while (!Directory.Exists(store.Root))
        {
            await Task.Delay(MissingFolderPoll, stoppingToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reloads; <paramref name="paths"/> are the files that changed, or null (or the folder itself) for everything.</summary>
    private async Task ReloadAsync(string why, string first, HashSet<string>? paths)
    {
        logger.LogInformation("Reloading: {Reason} ({Paths} paths, first {Path})", why, paths?.Count ?? 0, first);
        try
        {
            await store.ReloadAsync(paths is null || paths.Contains(store.Root) ? null : paths).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // A failed reload must not stop the watcher, or the site would never reload again.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            logger.LogError(ex, "Reload failed; the last snapshot keeps serving");
        }
    }

    private FileSystemWatcher CreateWatcher()
    {
        var watcher = new FileSystemWatcher(store.Root)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        watcher.Changed += (_, e) => _events.Writer.TryWrite(e.FullPath);
        watcher.Created += (_, e) => _events.Writer.TryWrite(e.FullPath);
        watcher.Deleted += (_, e) => _events.Writer.TryWrite(e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            // Both names: the old one is a file that has gone, which the reload must see too.
            _events.Writer.TryWrite(e.OldFullPath);
            _events.Writer.TryWrite(e.FullPath);
        };
        watcher.Error += (_, e) =>
        {
            logger.LogWarning(e.GetException(), "File watcher failed; reloading everything");
            _events.Writer.TryWrite(store.Root);
        };
        watcher.EnableRaisingEvents = true;
        return watcher;
    }
}
