using System.Text;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting;

namespace MuscleSpasmInfo.Web.Logging;

/// <summary>
/// Writes log events to standard output a batch at a time: each batch is formatted into one buffer and written with one
/// flush, off the request threads. One request log line per request at tens of thousands a second costs a system call
/// per line through the console sink (its writer flushes every event), and Serilog.Sinks.Async's blocking queue cost a
/// further third of the CPU in lock contention (profile in docs/benchmarks.md); Serilog's own batching queue is a channel.
/// </summary>
internal sealed class BatchedConsoleSink : IBatchedLogEventSink, IDisposable
{
    private readonly ITextFormatter _formatter;
    private readonly StreamWriter _output;

    public BatchedConsoleSink(ITextFormatter formatter, Stream output)
    {
        _formatter = formatter;
        // Not auto-flushed: the batch is flushed once, at its end.
        _output = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 64 * 1024) { AutoFlush = false };
    }

    public async Task EmitBatchAsync(IReadOnlyCollection<LogEvent> batch)
    {
        foreach (var logEvent in batch)
        {
            _formatter.Format(logEvent, _output);
        }

        await _output.FlushAsync().ConfigureAwait(false);
    }

    public Task OnEmptyBatchAsync() => Task.CompletedTask;

    public void Dispose() => _output.Dispose();
}
