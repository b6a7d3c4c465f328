using System.Diagnostics;
using MuscleSpasmInfo.Content;
using MuscleSpasmInfo.Content.Catalog;

namespace MuscleSpasmInfo.Web.ContentHosting;

/// <summary>
/// Holds the snapshot the site serves. A reload builds a whole new snapshot and swaps the reference, so a request
/// sees one snapshot from start to end and never half of one.
/// </summary>
public sealed class ContentStore
{
    private readonly ContentLoader _loader;
    private readonly ILogger<ContentStore> _logger;
    private readonly Lock _reloadGate = new();
    private readonly TaskCompletionSource _firstLoadEnded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ContentSnapshot? _current;
    private int _loadStarted;

    /// <param name="loader">Reads the content folder.</param>
    /// <param name="logger">Where problems and reloads are logged.</param>
    public ContentStore(ContentLoader loader, ILogger<ContentStore> logger)
    {
        _loader = loader;
        _logger = logger;
    }

    /// <summary>The snapshot being served; loads the content on first use.</summary>
    public ContentSnapshot Current => Volatile.Read(ref _current) ?? LoadFirst();

    /// <summary>The snapshot being served, or null while the first load is still running.</summary>
    public ContentSnapshot? Loaded => Volatile.Read(ref _current);

    /// <summary>The content folder's full path.</summary>
    public string Root => _loader.Root;

    /// <summary>Why the live snapshot may be stale (the folder is missing), or null when all is well.</summary>
    public string? Fault { get; private set; }

    /// <summary>Writes the parses of the builds since the last call to the build cache, if there is one; returns how many.</summary>
    public int SaveCache() => _loader.SaveCache();

    /// <summary>Raised after a new snapshot is live.</summary>
    public event Action<ContentSnapshot>? Changed;

    /// <summary>
    /// Raised when a build of a new snapshot starts, before it reads anything: work that only serves the current snapshot
    /// (encoding its names for search) stops then, so the edit has the cores it needs to go live.
    /// </summary>
    public event Action? Reloading;

    /// <summary>
    /// Starts the first load on a thread of its own, so the server's own start-up runs alongside it rather than after it,
    /// and the pool's threads stay free for requests: the health checks answer while it runs. Requests that need the
    /// content wait for it (<see cref="CurrentAsync"/>); a failure is logged, and the next request tries again.
    /// </summary>
    public void StartLoading()
    {
        if (Interlocked.Exchange(ref _loadStarted, 1) != 0)
        {
            return;
        }

        new Thread(() =>
        {
            try
            {
                _ = Current;
            }
#pragma warning disable CA1031 // Logged here, where it happens; the requests that wait for content try the load again.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                _logger.LogCritical(ex, "The first content load failed");
            }
            finally
            {
                _firstLoadEnded.TrySetResult();
            }
        })
        { IsBackground = true, Name = "First content load" }.Start();
    }

    /// <summary>
    /// The snapshot being served. While the first load runs this waits for it without holding a thread, since a thread
    /// blocked per waiting request would starve the pool that answers the health checks.
    /// </summary>
    public async ValueTask<ContentSnapshot> CurrentAsync(CancellationToken cancellationToken = default)
    {
        if (Loaded is { } loaded)
        {
            return loaded;
        }

        StartLoading();
        await _firstLoadEnded.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        return Current; // loaded now, or the first load failed and this tries again
    }

    /// <summary>
    /// <see cref="Reload"/> on a thread of its own, not the pool's: a build takes every core it is given, and requests
    /// must still find a pool thread free.
    /// </summary>
    public Task<ContentSnapshot> ReloadAsync(IReadOnlyCollection<string>? changedPaths = null) =>
        Task.Factory.StartNew(() => Reload(changedPaths), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>The first load: callers racing for it (requests, background services) wait for one load, not one each.</summary>
    private ContentSnapshot LoadFirst()
    {
        lock (_reloadGate)
        {
            return Volatile.Read(ref _current) ?? Reload();
        }
    }

    /// <summary>
    /// Builds a new snapshot from the folder and makes it live. Given the paths that changed (as the watcher saw them),
    /// the build looks at only those files again.
    /// </summary>
    public ContentSnapshot Reload(IReadOnlyCollection<string>? changedPaths = null)
    {
        lock (_reloadGate)
        {
            var watch = Stopwatch.StartNew();
            var (allocatedBefore, pausedBefore) = (GC.GetTotalAllocatedBytes(), GC.GetTotalPauseDuration());
            var previous = Volatile.Read(ref _current);
            if (previous is not null && !Directory.Exists(Root))
            {
                // A vanished folder is a fault of the host, not an edit: keep serving what readers had.
                Fault = $"content folder {Root} is missing; serving snapshot {previous.Version}";
                _logger.LogError("Content folder {Root} is missing; keeping snapshot {Version}", Root, previous.Version);
                return previous;
            }

            Fault = null;
            Reloading?.Invoke();
            var snapshot = _loader.Load(changedPaths);
            var (errors, warnings) = LogProblems(previous, snapshot);
            Volatile.Write(ref _current, snapshot);
            var timings = snapshot.Timings;
            _logger.LogInformation(
                "Content snapshot {Version} live: {Articles} articles, {Skipped} files skipped, {Errors} errors, {Warnings} warnings; built in {ElapsedMs} ms (parse {ParseMs}, checks {CheckMs}); parsed {Parsed} ({Cached} from the build cache) and checked {Checked} of {Files} files; the process allocated {AllocatedMb} MB and paused {GcPauseMs} ms for collections meanwhile",
                snapshot.Version,
                snapshot.Articles.Count,
                snapshot.SkippedFiles.Count,
                errors,
                warnings,
                watch.ElapsedMilliseconds,
                (int)timings.Parse.TotalMilliseconds,
                (int)timings.Check.TotalMilliseconds,
                timings.Parsed,
                timings.Cached,
                timings.Checked,
                timings.Files,
                // Process-wide (requests and index builds too), which is what an operator sizing memory needs.
                (GC.GetTotalAllocatedBytes() - allocatedBefore) >> 20,
                (int)(GC.GetTotalPauseDuration() - pausedBefore).TotalMilliseconds);
            Changed?.Invoke(snapshot);
            return snapshot;
        }
    }

    /// <summary>Logs the snapshot's errors (and, at Debug, its new warnings); returns how many errors and warnings it has.</summary>
    private (int Errors, int Warnings) LogProblems(ContentSnapshot? previous, ContentSnapshot snapshot)
    {
        // Errors are logged on every load so an operator always sees why a page is missing; warnings only when new.
        var debug = _logger.IsEnabled(LogLevel.Debug);
        var (errors, warnings) = (snapshot.ErrorCount, snapshot.Problems.Count - snapshot.ErrorCount);
        if (errors == 0 && !debug)
        {
            return (errors, warnings); // nothing to log, and no walk of every warning to find that out
        }

        var known = debug ? previous?.Problems.ToHashSet() ?? [] : [];
        foreach (var problem in snapshot.Problems)
        {
            if (problem.Severity == ProblemSeverity.Error)
            {
                _logger.LogWarning("Content error {Path}:{Line}:{Column}: {Message}", problem.Path, problem.Line, problem.Column, problem.Message);
            }
            else if (debug && !known.Contains(problem))
            {
                _logger.LogDebug("Content warning {Path}:{Line}:{Column}: {Message}", problem.Path, problem.Line, problem.Column, problem.Message);
            }
        }

        return (errors, warnings);
    }
}
