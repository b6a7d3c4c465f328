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
    private readonly bool _prepareSearch;
    private readonly TaskCompletionSource _serverStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ContentSnapshot? _current;
    private long _indexedVersion;

    /// <param name="loader">Reads the content folder.</param>
    /// <param name="logger">Where problems and reloads are logged.</param>
    /// <param name="prepareSearch">Build each snapshot's search index in the background; off for commands that never search.</param>
    /// <param name="serverLifetime">
    /// The host of a serving site: indexes are built in the background once its server listens. Without it (the check
    /// and export commands) they are built on first use.
    /// </param>
    public ContentStore(ContentLoader loader, ILogger<ContentStore> logger, bool prepareSearch = true, IHostApplicationLifetime? serverLifetime = null)
    {
        _loader = loader;
        _logger = logger;
        _prepareSearch = prepareSearch;
        serverLifetime?.ApplicationStarted.Register(() => _serverStarted.TrySetResult());
    }

    /// <summary>The snapshot being served; loads the content on first use.</summary>
    public ContentSnapshot Current => Volatile.Read(ref _current) ?? LoadFirst();

    /// <summary>The content folder's full path.</summary>
    public string Root => _loader.Root;

    /// <summary>Why the live snapshot may be stale (the folder is missing), or null when all is well.</summary>
    public string? Fault { get; private set; }

    /// <summary>The newest snapshot whose related and search indexes are built (0 before the first), so nothing waits for them.</summary>
    public long IndexedVersion => Volatile.Read(ref _indexedVersion);

    /// <summary>Raised after a new snapshot is live.</summary>
    public event Action<ContentSnapshot>? Changed;

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
    /// the loader reads only those when it can.
    /// </summary>
    public ContentSnapshot Reload(IReadOnlyCollection<string>? changedPaths = null)
    {
        lock (_reloadGate)
        {
            var watch = Stopwatch.StartNew();
            var previous = Volatile.Read(ref _current);
            if (previous is not null && !Directory.Exists(Root))
            {
                // A vanished folder is a fault of the host, not an edit: keep serving what readers had.
                Fault = $"content folder {Root} is missing; serving snapshot {previous.Version}";
                _logger.LogError("Content folder {Root} is missing; keeping snapshot {Version}", Root, previous.Version);
                return previous;
            }

            Fault = null;
            var snapshot = _loader.Load(changedPaths);
            LogProblems(previous, snapshot);
            Volatile.Write(ref _current, snapshot);
            _logger.LogInformation(
                "Content snapshot {Version} live ({How}): {Articles} articles, {Skipped} files skipped, {Errors} errors, {Warnings} warnings, built in {ElapsedMs} ms (parse {ParseMs}, checks {CheckMs}, catalog {CatalogMs})",
                snapshot.Version,
                snapshot.Timings.Patched ? "patched" : "full load",
                snapshot.Articles.Count,
                snapshot.SkippedFiles.Count,
                snapshot.Problems.Count(p => p.Severity == ProblemSeverity.Error),
                snapshot.Problems.Count(p => p.Severity == ProblemSeverity.Warning),
                watch.ElapsedMilliseconds,
                (int)snapshot.Timings.Parse.TotalMilliseconds,
                (int)snapshot.Timings.Check.TotalMilliseconds,
                (int)snapshot.Timings.Catalog.TotalMilliseconds);
            Changed?.Invoke(snapshot);

            // Build the related and search indexes off the request path, so readers rarely wait for them; not before the
            // server is listening, because on a small machine the build would take the CPU the server needs to start.
            _ = Task.Run(async () =>
            {
                await _serverStarted.Task.ConfigureAwait(false);
                var built = Stopwatch.StartNew();
                snapshot.BuildIndexes(search: _prepareSearch);
                var indexesMs = built.ElapsedMilliseconds;
                if (previous is null)
                {
                    // The first load of a big site leaves a lot of garbage; give the memory back once rather than carry it.
                    GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
                }

                // Snapshots can finish out of order; the newest one built is what counts.
                var indexed = Volatile.Read(ref _indexedVersion);
                while (indexed < snapshot.Version && Interlocked.CompareExchange(ref _indexedVersion, snapshot.Version, indexed) != indexed)
                {
                    indexed = Volatile.Read(ref _indexedVersion);
                }

                _logger.LogInformation("Indexes of snapshot {Version} built in {IndexesMs} ms, then {CollectMs} ms of garbage collection", snapshot.Version, indexesMs, built.ElapsedMilliseconds - indexesMs);
            });
            return snapshot;
        }
    }

    private void LogProblems(ContentSnapshot? previous, ContentSnapshot snapshot)
    {
        // Errors are logged on every load so an operator always sees why a page is missing; warnings only when new.
        var debug = _logger.IsEnabled(LogLevel.Debug);
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
    }
}
