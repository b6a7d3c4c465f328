using System.Diagnostics;
using System.Globalization;
using MuscleSpasmInfo.CorpusGenerator;

// Usage: dotnet run -c Release --project bench/MuscleSpasmInfo.CorpusGenerator -- --count N --out DIR [--seed 42] [--hugo]
const string Usage = "usage: MuscleSpasmInfo.CorpusGenerator --count N --out DIR [--seed 42] [--hugo]";

int? count = null;
string? output = null;
var seed = CorpusOptions.DefaultSeed;
var hugo = false;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--count" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var n):
            count = n;
            i++;
            break;
        case "--out" when i + 1 < args.Length:
            output = args[++i];
            break;
        case "--seed" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var s):
            seed = s;
            i++;
            break;
        case "--hugo":
            hugo = true;
            break;
        case "--help" or "-h":
            Console.WriteLine(Usage);
            return 0;
        default:
            await Console.Error.WriteLineAsync($"unexpected argument '{args[i]}'\n{Usage}").ConfigureAwait(false);
            return 2;
    }
}

if (count is null || output is null)
{
    await Console.Error.WriteLineAsync(Usage).ConfigureAwait(false);
    return 2;
}

var total = count.Value;
var stopwatch = Stopwatch.StartNew();
try
{
    var summary = new CorpusGenerator(new CorpusOptions(total, output, seed, hugo))
        .Generate(done => Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {done}/{total} articles")));
    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"generated {summary.Articles} articles ({summary.Words} words, {summary.Bytes / 1024.0 / 1024.0:0.0} MB) with seed {seed} in {stopwatch.Elapsed.TotalSeconds:0.00} s into {summary.ContentDirectory}{(hugo ? " (+ hugo/)" : string.Empty)}"));
    return 0;
}
catch (IOException ex)
{
    await Console.Error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
    return 1;
}
