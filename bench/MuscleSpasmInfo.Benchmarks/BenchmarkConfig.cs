using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;

namespace MuscleSpasmInfo.Benchmarks;

/// <summary>
/// A short job (one launch, 3 warm-ups, 3 iterations), like BenchmarkDotNet's ShortRun, so the whole suite finishes in
/// minutes on a two-core machine; error bars are wider than a full run's, which is enough to see how costs grow with size.
/// </summary>
public static class BenchmarkConfig
{
    /// <summary>The config every benchmark of this project runs with.</summary>
    public static IConfig Create() =>
        DefaultConfig.Instance
            .AddJob(Job.ShortRun.WithId("Short"))
            .AddDiagnoser(MemoryDiagnoser.Default);
}
