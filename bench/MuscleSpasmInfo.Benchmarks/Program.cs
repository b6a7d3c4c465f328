using System.Globalization;
using BenchmarkDotNet.Running;
using MuscleSpasmInfo.Benchmarks;
using MuscleSpasmInfo.Benchmarks.Quality;

// dotnet run -c Release --project bench/MuscleSpasmInfo.Benchmarks -- --filter '*'
// dotnet run -c Release --project bench/MuscleSpasmInfo.Benchmarks -- --once 10000
// dotnet run -c Release --project bench/MuscleSpasmInfo.Benchmarks -- --quality ../shared/realcorpus [--limit N] [--chart docs/quality.svg]
// Every public benchmark class in this assembly is found by the switcher; a new one only needs its own file.
if (args is ["--once", var count])
{
    OnceTimer.Run(int.Parse(count, CultureInfo.InvariantCulture));
    return 0;
}


if (args is ["--quality", var corpus, ..var options])
{
    string? Option(string name) => options.SkipWhile(o => o != name).Skip(1).FirstOrDefault();
    var limit = Option("--limit") is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : int.MaxValue;
    return QualityRun.Run(corpus, limit, Option("--chart"));
}

BenchmarkSwitcher.FromAssembly(typeof(BenchmarkConfig).Assembly).Run(args, BenchmarkConfig.Create());
return 0;
