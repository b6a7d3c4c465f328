using System.Diagnostics;
using System.Threading.Channels;
using MuscleSpasmInfo.Content.Catalog;
using MuscleSpasmInfo.Content.Related;
using MuscleSpasmInfo.Content.Search;

namespace MuscleSpasmInfo.Web.ContentHosting;

/// <summary>The related-content indexes of one snapshot, one per language, published once they are built.</summary>
/// <param name="Version">The snapshot they were built from.</param>
/// <param name="RelatedByLanguage">Each language's related lists, by language code: related content stays within a language.</param>
public sealed record PublishedIndexes(long Version, IReadOnlyDictionary<string, RelatedContentIndex> RelatedByLanguage)
{
    /// <summary>The keys of the articles most related to <paramref name="article"/>, all in its language, best first.</summary>
    public IEnumerable<string> RelatedTo(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return RelatedByLanguage.TryGetValue(article.Language.Code, out var index) ? index.For(article.Key) : [];
    }
}

/// <summary>
/// Builds the indexes of each live snapshot off the request path: related content into a new
/// <see cref="PublishedIndexes"/>, search through the <see cref="LanguageSearch"/> that owns each language's Lucene index. Snapshots that
/// are superseded while it works are skipped, so a burst of edits costs one build. It starts once the server listens, so on
/// a small machine it never takes the CPU the server needs to start. A failed build is logged and reported by health.
/// </summary>
public sealed class IndexBuilder(ContentStore store, LanguageSearch search, IHostApplicationLifetime lifetime, ILogger<IndexBuilder> logger, bool indexSearch = true) : BackgroundService
{
    private readonly Channel<ContentSnapshot> _pending = Channel.CreateBounded<ContentSnapshot>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    // One builder per language, so each keeps the term counts of its own language's articles.
    private readonly Dictionary<string, RelatedContentBuilder> _related = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource _first = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private PublishedIndexes? _current;
    // The newest snapshot whose build failed (0 for none): a waiter for it or an older one would otherwise wait for ever.
    private long _failedVersion;
    private CancellationTokenSource? _encodingNames;

    /// <summary>The newest indexes built, or null before the first.</summary>
    public PublishedIndexes? Current => Volatile.Read(ref _current);

    /// <summary>The snapshot version the indexes have caught up with (0 before the first).</summary>
    public long IndexedVersion => indexSearch ? Math.Min(Current?.Version ?? 0, search.Version) : Current?.Version ?? 0;

    /// <summary>Why the last index build failed, or null when it did not.</summary>
    public string? Fault { get; private set; }

    /// <summary>Raised after new indexes are published.</summary>
    public event Action<PublishedIndexes>? Published;

    /// <summary>Raised with the snapshot's version after its index build failed (<see cref="Fault"/> says why).</summary>
    private event Action<long>? Failed;

    /// <summary>The newest indexes, waiting for the first build when there is none yet.</summary>
    public async ValueTask<PublishedIndexes> CurrentAsync(CancellationToken cancellationToken)
    {
        if (Current is { } current)
        {
            return current;
        }

        await _first.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        return Current!;
    }

    /// <summary>
    /// Waits until the indexes cover snapshot <paramref name="version"/> or a newer one; fails with
    /// <see cref="InvalidOperationException"/> (saying why) when the build of that snapshot or a newer one failed first.
    /// </summary>
    public async Task WhenIndexedAsync(long version, CancellationToken cancellationToken)
    {
        var caughtUp = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnPublished(PublishedIndexes published)
        {
            if (published.Version >= version)
            {
                caughtUp.TrySetResult();
            }
        }

        void OnFailed(long failed)
        {
            if (failed > 0 && failed >= version)
            {
                caughtUp.TrySetException(new InvalidOperationException(Fault ?? $"index build of snapshot {failed} failed"));
            }
        }

        Published += OnPublished;
        Failed += OnFailed;
        try
        {
            if (Current is { } current)
            {
                OnPublished(current);
            }

            OnFailed(Volatile.Read(ref _failedVersion));
            await caughtUp.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Published -= OnPublished;
            Failed -= OnFailed;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        store.Changed += Enqueue;
        store.Reloading += StopEncodingNames;
        try
        {
            await WhenStartedAsync(stoppingToken).ConfigureAwait(false);
            Enqueue(await store.CurrentAsync(stoppingToken).ConfigureAwait(false));
            await foreach (var snapshot in _pending.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                if (snapshot.Version > (Current?.Version ?? 0))
                {
                    // On a thread of its own, not the pool's: requests must always find a pool thread free.
                    await Task.Factory.StartNew(() => Build(snapshot, stoppingToken), stoppingToken, TaskCreationOptions.LongRunning, TaskScheduler.Default).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down
        }
        finally
        {
            store.Changed -= Enqueue;
            store.Reloading -= StopEncodingNames;
        }
    }

    private void Enqueue(ContentSnapshot snapshot)
    {
        _pending.Writer.TryWrite(snapshot);
        StopEncodingNames();
    }

    // Encoding names is the slow, optional part: an edit, then the new snapshot's indexes, come first, and it resumes
    // after them. Stopped when the edit's build starts, not when it is live: run beside it, on 2 cores, it held an edit
    // at 100,000 articles up by 50-100 ms (docs/benchmarks.md).
    private void StopEncodingNames()
    {
        try
        {
            Volatile.Read(ref _encodingNames)?.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The encoding ended (and disposed its source) between the read and the cancel: nothing left to stop.
        }
    }

    /// <summary>Builds and publishes <paramref name="snapshot"/>'s indexes; a stopping site (<paramref name="stoppingToken"/>) stops the build at once, rather than its host waiting out the shutdown timeout.</summary>
    private void Build(ContentSnapshot snapshot, CancellationToken stoppingToken)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            // Search first, with every core; related content then reads its term counts from the search index rather
            // than analysing every article's text a second time (at 10,000 articles, that analysis was most of its time).
            if (indexSearch)
            {
                search.Index(snapshot, stoppingToken);
            }

            var searchMs = watch.ElapsedMilliseconds;
            var related = new Dictionary<string, RelatedContentIndex>(StringComparer.Ordinal);
            var analysed = 0;
            foreach (var language in snapshot.Languages.All)
            {
                if (!_related.TryGetValue(language.Code, out var builder))
                {
                    _related[language.Code] = builder = new RelatedContentBuilder();
                }

                related[language.Code] = builder.Build(
                    snapshot.ArticlesIn(language),
                    indexSearch ? (articles, intern) => search.TermCounts(language, articles, intern) : null,
                    stoppingToken);
                analysed += builder.Analysed;
            }

            var relatedMs = watch.ElapsedMilliseconds - searchMs;
            var published = new PublishedIndexes(snapshot.Version, related);
            Volatile.Write(ref _current, published);
            Fault = null;
            _first.TrySetResult();
            Published?.Invoke(published);
            logger.LogInformation(
                "Indexes of snapshot {Version} built in {IndexesMs} ms (search {SearchMs} ms, then related {RelatedMs} ms, {Analysed} articles counted)",
                snapshot.Version, watch.ElapsedMilliseconds, searchMs, relatedMs, analysed);
            SaveCache();
            if (indexSearch && search.MatchesMeaning)
            {
                IndexNames(snapshot);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            logger.LogInformation("Index build of snapshot {Version} stopped after {IndexesMs} ms: the site is stopping", snapshot.Version, watch.ElapsedMilliseconds);
        }
#pragma warning disable CA1031 // A failed build must not stop the builder: the last indexes keep serving and health reports it.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Fault = $"index build of snapshot {snapshot.Version} failed: {ex.GetType().Name}: {ex.Message}";
            logger.LogError(ex, "Index build of snapshot {Version} failed; the last indexes keep serving", snapshot.Version);
            if (Current is null)
            {
                // Pages wait for the first indexes: with none to come, they get empty ones (and their category's
                // articles as related content) rather than waiting for ever. The next snapshot tries again.
                Volatile.Write(ref _current, new PublishedIndexes(0, new Dictionary<string, RelatedContentIndex>()));
                _first.TrySetResult();
            }

            Volatile.Write(ref _failedVersion, snapshot.Version);
            Failed?.Invoke(snapshot.Version);
        }
    }

    /// <summary>
    /// Writes the new parses to the build cache once the indexes are out, so neither the first page nor the first search
    /// waits for the disk. A failure loses only the memo; the cache logs what it could not write.
    /// </summary>
    private void SaveCache()
    {
        var watch = Stopwatch.StartNew();
        var written = store.SaveCache();
        if (written > 0)
        {
            logger.LogInformation("Build cache: {Written} parses written in {CacheMs} ms", written, watch.ElapsedMilliseconds);
        }
    }

    /// <summary>
    /// Gives search the meaning of this snapshot's article names, after its other indexes are published: search works by
    /// words meanwhile. A newer snapshot stops it; what it encoded is kept for the next.
    /// </summary>
    private void IndexNames(ContentSnapshot snapshot)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(lifetime.ApplicationStopping);
        Volatile.Write(ref _encodingNames, stop);
        var watch = Stopwatch.StartNew();
        try
        {
            if (_pending.Reader.Count == 0)
            {
                var encoded = search.IndexNames(snapshot, stop.Token);
                logger.LogInformation("Names of snapshot {Version} matched by meaning: {Encoded} encoded in {NamesMs} ms", snapshot.Version, encoded, watch.ElapsedMilliseconds);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            logger.LogInformation("Encoding the names of snapshot {Version} stopped after {NamesMs} ms for a newer snapshot or shutdown", snapshot.Version, watch.ElapsedMilliseconds);
        }
#pragma warning disable CA1031 // Meaning is an addition: without it search still matches words, so a failure is logged, not thrown.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            logger.LogError(ex, "Encoding the names of snapshot {Version} failed; search matches words only", snapshot.Version);
        }
        finally
        {
            Interlocked.CompareExchange(ref _encodingNames, null, stop);
        }
    }

    /// <summary>Completes once the server listens (at once when the host has already started).</summary>
    private async Task WhenStartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        {
            await started.Task.WaitAsync(stoppingToken).ConfigureAwait(false);
        }
    }
}
