using System.Collections.Concurrent;
using System.Threading.RateLimiting;

namespace MuscleSpasmInfo.Web.Security;

/// <summary>
/// A fixed window of <see cref="RateLimitOptions.PermitLimit"/> requests per client address, kept without locks. The
/// framework's partitioned limiter takes a lock on every request to find the client's limiter, and its fixed-window
/// limiter another to count: under load from few addresses every request thread queues on them (8% of the request
/// threads' time in a profile at 32 connections, docs/benchmarks.md). Here a client's window is found in a concurrent
/// dictionary and counted with one interlocked add; a window that just ended is reset by whichever request sees it
/// first, so a burst at the boundary may get a few requests more than the limit, never fewer. Idle clients' windows
/// are dropped by the request that comes a window after the last sweep.
/// </summary>
internal sealed class ClientRateLimiter(RateLimitOptions options) : PartitionedRateLimiter<HttpContext>
{
    private static readonly RateLimitLease Granted = new Lease(true, null);
    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);
    private readonly long _windowMs = Math.Max(1, options.WindowSeconds) * 1000L;
    private long _nextSweep;

    public override RateLimiterStatistics? GetStatistics(HttpContext resource) => null;

    protected override RateLimitLease AttemptAcquireCore(HttpContext resource, int permitCount)
    {
        ArgumentNullException.ThrowIfNull(resource);
        if (options.PermitLimit <= 0)
        {
            return Granted;
        }

        var now = Environment.TickCount64;
        var client = resource.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var window = _windows.GetOrAdd(client, static _ => new Window());
        var count = window.Take(now, _windowMs, permitCount);
        Sweep(now);
        return count <= options.PermitLimit ? Granted : new Lease(false, TimeSpan.FromMilliseconds(Math.Max(0, window.Start + _windowMs - now)));
    }

    // No queue: a request past the limit is answered 429 at once, as with a queue limit of 0.
    protected override ValueTask<RateLimitLease> AcquireAsyncCore(HttpContext resource, int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AttemptAcquireCore(resource, permitCount));

    private void Sweep(long now)
    {
        var due = Volatile.Read(ref _nextSweep);
        if (now < due || Interlocked.CompareExchange(ref _nextSweep, now + _windowMs, due) != due)
        {
            return;
        }

        foreach (var (client, window) in _windows)
        {
            if (now - window.Start >= _windowMs)
            {
                _windows.TryRemove(new KeyValuePair<string, Window>(client, window));
            }
        }
    }

    /// <summary>One client's current window: when it started and how many permits it has given.</summary>
    private sealed class Window
    {
        private long _start = Environment.TickCount64;
        private int _count;

        public long Start => Volatile.Read(ref _start);

        /// <summary>Counts <paramref name="permits"/> in the window of <paramref name="now"/>; returns the window's count.</summary>
        public int Take(long now, long windowMs, int permits)
        {
            var start = Volatile.Read(ref _start);
            if (now - start >= windowMs && Interlocked.CompareExchange(ref _start, now, start) == start)
            {
                Interlocked.Exchange(ref _count, 0);
            }

            return Interlocked.Add(ref _count, permits);
        }
    }

    /// <summary>A granted lease, or a refused one that says when to retry.</summary>
    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = retryAfter is { } wait && metadataName == MetadataName.RetryAfter.Name ? wait : null;
            return metadata is not null;
        }
    }
}
