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
    private readonly List<(string Name, TimeSpan Took)> _stages = [];
    private readonly DateTime _processStart = Process.GetCurrentProcess().StartTime.ToUniversalTime();
    private TimeSpan _last;

    public ExportStages() => End("process start and host build");

    /// <summary>From the process start to now.</summary>
    public TimeSpan Total => DateTime.UtcNow - _processStart;

    /// <summary>Ends the stage called <paramref name="name"/>: it took the time since the previous stage ended.</summary>
    public void End(string name)
    {
        var now = Total;
        _stages.Add((name, now - _last));
        _last = now;
    }

    /// <summary>"stage 1.23 s, stage 0.45 s, ...".</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var (name, took) in _stages)
        {
            text.Append(text.Length == 0 ? string.Empty : ", ").Append(CultureInfo.InvariantCulture, $"{name} {took.TotalSeconds:0.00} s");
        }

        return text.ToString();
    }
}
