namespace MuscleSpasmInfo.Content;

/// <summary>How the engine's parallel loops share the machine: one worker per core, the calling thread among them.</summary>
/// <remarks>
/// Unbounded, a loop takes every thread-pool thread it is offered, and a site serving requests beside a build (a first
/// load, an edit, the indexes) would answer nothing, not even its health checks, until the pool grew.
/// </remarks>
internal static class Parallelism
{
    /// <summary>The options for a loop that stops early when <paramref name="cancellationToken"/> is cancelled.</summary>
    public static ParallelOptions Options(CancellationToken cancellationToken = default) =>
        new() { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
}
