using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace MuscleSpasmInfo.Web.Tests;

/// <summary>Serilog picks up sinks registered as services (ReadFrom.Services), so a test can read what the site logged.</summary>
public sealed class LogCapture : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public IEnumerable<LogEvent> Events => _events;

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);
}
