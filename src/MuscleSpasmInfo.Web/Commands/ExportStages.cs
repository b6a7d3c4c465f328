using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace MuscleSpasmInfo.Web.Commands;

/// <summary>
/// How long each stage of an export took, from the process start: what runs before the export command (runtime, host
/// build) is the first stage, so the stages add up to the whole run and show whose part is slow.
/// </summary>
internal sealed class ExportStages
{
    private readonly List<(string Name, TimeSpan Took, TimeSpan Cpu)> _stages = [];
    private readonly DateTime _processStart = Process.GetCurrentProcess().StartTime.ToUniversalTime();
    private TimeSpan _last;
    private TimeSpan _lastCpu;

    public ExportStages() => End("process start and host build");

    /// <summary>From the process start to now.</summary>
    public TimeSpan Total => DateTime.UtcNow - _processStart;

    /// <summary>Ends the stage called <paramref name="name"/>: it took the time since the previous stage ended.</summary>
    public void End(string name)
    {
        var now = Total;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        _stages.Add((name, now - _last, cpu - _lastCpu));
        _last = now;
        _lastCpu = cpu;
    }

    /// <summary>"stage 1.23 s (cpu 2.01 s), ...": CPU time beside wall time shows a stage that waits, or one that uses every core.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var (name, took, cpu) in _stages)
        {
            text.Append(text.Length == 0 ? string.Empty : ", ").Append(CultureInfo.InvariantCulture, $"{name} {took.TotalSeconds:0.00} s (cpu {cpu.TotalSeconds:0.00} s)");
        }

        return text.ToString();
    }
}
