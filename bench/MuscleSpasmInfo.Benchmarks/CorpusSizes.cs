using System.Globalization;

namespace MuscleSpasmInfo.Benchmarks;

/// <summary>
/// The article counts every corpus benchmark runs at: 100, 1000 and 10000, or the comma-separated list in the
/// <c>MSI_BENCH_COUNTS</c> environment variable (BenchmarkDotNet has no command-line option to pick [Params] values).
/// </summary>
public static class CorpusSizes
{
    /// <summary>The environment variable that narrows the counts, e.g. <c>MSI_BENCH_COUNTS=100,1000</c>.</summary>
    public const string EnvironmentVariable = "MSI_BENCH_COUNTS";

    private static readonly int[] Default = [100, 1000, 10000];

    /// <summary>The counts to run, for [ParamsSource].</summary>
    public static IEnumerable<int> All()
    {
        var value = Environment.GetEnvironmentVariable(EnvironmentVariable);
        return string.IsNullOrWhiteSpace(value)
            ? Default
            : value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(v => int.Parse(v, CultureInfo.InvariantCulture));
    }
}
