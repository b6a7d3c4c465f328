using System.Globalization;
using BenchmarkDotNet.Running;
using MuscleSpasmInfo.Benchmarks;

// dotnet run -c Release --project bench/MuscleSpasmInfo.Benchmarks -- --filter '*'
// dotnet run -c Release --project bench/MuscleSpasmInfo.Benchmarks -- --once 10000
// Every public benchmark class in this assembly is found by the switcher; a new one only needs its own file.
if (args is ["--once", var count])
{
    OnceTimer.Run(int.Parse(count, CultureInfo.InvariantCulture));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(BenchmarkConfig).Assembly).Run(args, BenchmarkConfig.Create());
