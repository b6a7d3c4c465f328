using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace MuscleSpasmInfo.Testing;

/// <summary>
/// A Serilog sink a test registers as an <see cref="ILogEventSink"/> service: the site reads sinks from its services
/// (ReadFrom.Services), so the test can read what the site logged.
/// </summary>
public sealed class LogCapture : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    /// <summary>Every event logged so far, oldest first.</summary>
    public IEnumerable<LogEvent> Events => _events;

    /// <summary>Keeps one event.</summary>
    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);
}
