using System.Buffers;
using System.Globalization;
using System.Text;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting;
using Serilog.Parsing;

namespace MuscleSpasmInfo.Web.Logging;

/// <summary>
/// Writes log events to standard output in batches, the writing off the request threads: each event is formatted where
/// it is logged into a line of UTF-8, the line is appended to the pending bytes, and the sink's own writer thread writes all
/// pending bytes with one write and one flush whenever there are any, so a quiet site's line appears at once and a busy
/// site's lines go out together. One request log line per request at tens of thousands a second: the console sink's
/// write and flush per line cost a system call each, and a queue of events (Serilog.Sinks.Async, then Serilog's
/// batching sink) kept every event alive until its batch was formatted and had the writer format a thousand at once
/// while requests waited for the core (docs/benchmarks.md). If the output stops taking bytes (a full pipe), at most
/// <see cref="MaxPendingBytes"/> wait; events past that are dropped and counted, and the count is written when the
/// output takes bytes again, rather than the site holding requests or memory for its log.
/// </summary>
internal sealed class BatchedConsoleSink : ILogEventSink, IDisposable
{
    /// <summary>The most bytes of log lines waiting for the output before new events are dropped.</summary>
    public const int MaxPendingBytes = 8 * 1024 * 1024;

    private static readonly MessageTemplate DroppedTemplate = new MessageTemplateParser().Parse("{DroppedEvents} log events were dropped: the output was not taking them");

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_line;

    [ThreadStatic]
    private static StringWriter? t_text;

    private readonly ITextFormatter _formatter;
    private readonly Stream _output;
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _pendingSignal = new(0);
    private readonly Thread _writer;
    private ArrayBufferWriter<byte> _pending = new(64 * 1024);
    private ArrayBufferWriter<byte> _writing = new(64 * 1024);
    private long _dropped;
    private volatile bool _stopping;

    public BatchedConsoleSink(ITextFormatter formatter, Stream output)
    {
        _formatter = formatter;
        _output = output;
        _writer = new Thread(WriteLoop) { IsBackground = true, Name = "Log writer" };
        _writer.Start();
    }

    public void Emit(LogEvent logEvent)
    {
        if (_stopping)
        {
            return;
        }

        var line = Format(logEvent);
        bool wasEmpty;
        lock (_gate)
        {
            if (_pending.WrittenCount + line.Length > MaxPendingBytes)
            {
                _dropped++;
                return;
            }

            wasEmpty = _pending.WrittenCount == 0;
            _pending.Write(line);
        }

        if (wasEmpty)
        {
            _pendingSignal.Release();
        }
    }

    /// <summary>Writes what is pending, then stops the writer thread.</summary>
    public void Dispose()
    {
        if (_stopping)
        {
            return;
        }

        _stopping = true;
        _pendingSignal.Release();
        _writer.Join(TimeSpan.FromSeconds(5));
        _pendingSignal.Dispose();
    }

    /// <summary>One event as a line of UTF-8 in this thread's buffer, valid until the thread formats its next one.</summary>
    private ReadOnlySpan<byte> Format(LogEvent logEvent)
    {
        var line = t_line ??= new ArrayBufferWriter<byte>(1024);
        line.ResetWrittenCount();
        if (_formatter is Utf8CompactJsonFormatter)
        {
            Utf8CompactJsonFormatter.Format(logEvent, line);
            return line.WrittenSpan;
        }

        var text = t_text ??= new StringWriter(CultureInfo.InvariantCulture);
        var builder = text.GetStringBuilder();
        builder.Clear();
        _formatter.Format(logEvent, text);
        foreach (var chunk in builder.GetChunks())
        {
            var bytes = Encoding.UTF8.GetMaxByteCount(chunk.Length);
            line.Advance(Encoding.UTF8.GetBytes(chunk.Span, line.GetSpan(bytes)));
        }

        return line.WrittenSpan;
    }

    private void WriteLoop()
    {
        while (true)
        {
            _pendingSignal.Wait();
            var stopping = _stopping;
            while (TakePending(out var dropped))
            {
                try
                {
                    _output.Write(_writing.WrittenSpan);
                    if (dropped > 0)
                    {
                        _output.Write(Format(new LogEvent(DateTimeOffset.UtcNow, LogEventLevel.Warning, null, DroppedTemplate, [new LogEventProperty("DroppedEvents", new ScalarValue(dropped))])));
                    }

                    _output.Flush();
                }
                catch (IOException)
                {
                    // Standard output closed (the supervisor went away): nothing can be logged, and the site keeps serving.
                }
            }

            if (stopping)
            {
                return;
            }
        }
    }

    /// <summary>Swaps the pending bytes into <see cref="_writing"/>; false when there are none.</summary>
    private bool TakePending(out long dropped)
    {
        _writing.ResetWrittenCount();
        lock (_gate)
        {
            dropped = _dropped;
            if (_pending.WrittenCount == 0 && dropped == 0)
            {
                return false;
            }

            (_pending, _writing) = (_writing, _pending);
            _dropped = 0;
            return true;
        }
    }
}
