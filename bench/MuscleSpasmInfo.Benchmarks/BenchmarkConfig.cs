using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;

namespace MuscleSpasmInfo.Benchmarks;

/// <summary>
/// A short job like BenchmarkDotNet's ShortRun (one launch, 2 warm-ups, 5 iterations) so the whole suite finishes in
/// minutes on a two-core machine. The median is shown next to the mean: on a shared machine one disturbed iteration
/// moves the mean of five a lot and the median little.
/// </summary>
public static class BenchmarkConfig
{
    /// <summary>The config every benchmark of this project runs with.</summary>
    public static IConfig Create() =>
        DefaultConfig.Instance
            .AddJob(Job.ShortRun.WithWarmupCount(2).WithIterationCount(5).WithId("Short"))
            .AddColumn(StatisticColumn.Median)
            .AddDiagnoser(MemoryDiagnoser.Default);
}
