using System.Threading.Channels;

namespace MuscleSpasmInfo.Web.ContentHosting;

/// <summary>
/// Reloads the content when files under the content folder change. One save raises several file-system events,
/// so events are batched until the folder has been quiet for a moment, then the site reloads once.
/// </summary>
public sealed class ContentWatcher(ContentStore store, ILogger<ContentWatcher> logger) : BackgroundService
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(40);
    private static readonly TimeSpan MaxBatch = TimeSpan.FromMilliseconds(400);

    private readonly Channel<string> _events = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var watcher = CreateWatcher();
        _ = store.Current;
        while (!stoppingToken.IsCancellationRequested)
        {
            var first = await _events.Reader.ReadAsync(stoppingToken).ConfigureAwait(false);
            var batch = new HashSet<string>(StringComparer.Ordinal) { first };
            using var batchLimit = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            batchLimit.CancelAfter(MaxBatch);
            while (!batchLimit.IsCancellationRequested)
            {
                using var quiet = CancellationTokenSource.CreateLinkedTokenSource(batchLimit.Token);
                quiet.CancelAfter(Quiet);
                try
                {
                    batch.Add(await _events.Reader.ReadAsync(quiet.Token).ConfigureAwait(false));
                }
                catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
                {
                    break;
                }
            }

            logger.LogInformation("Content changed ({Count} paths, e.g. {Path}); reloading", batch.Count, first);
            try
            {
                store.Reload();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // The loader reports bad files as problems; this is the folder itself failing. Keep the last snapshot.
                logger.LogError(ex, "Reload failed; the last snapshot keeps serving");
            }
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
        watcher.Renamed += (_, e) => _events.Writer.TryWrite(e.FullPath);
        watcher.Error += (_, e) =>
        {
            logger.LogWarning(e.GetException(), "File watcher overflowed; reloading everything");
            _events.Writer.TryWrite(store.Root);
        };
        watcher.EnableRaisingEvents = true;
        return watcher;
    }
}
