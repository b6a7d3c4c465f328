using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using MuscleSpasmInfo.Web.Logging;
using Serilog.Events;
using Serilog.Formatting;
using Serilog.Formatting.Display;
using Serilog.Parsing;

namespace MuscleSpasmInfo.Web.Tests;

/// <summary>Every event logged reaches the output as one whole line, in each thread's order; a stalled output never holds a request.</summary>
public sealed class BatchedConsoleSinkTests
{
    private static readonly MessageTemplate Template = new MessageTemplateParser().Parse("Event {Thread} {Number}");

    [Theory]
    [InlineData("utf8 json")]
    [InlineData("template")]
    public async Task Events_from_many_threads_arrive_whole_and_in_each_threads_order(string formatter)
    {
        using var output = new MemoryStream();
        using (var sink = new BatchedConsoleSink(FormatterNamed(formatter), output))
        {
            await Task.WhenAll(Enumerable.Range(0, 4).Select(t => Task.Run(() =>
            {
                for (var i = 0; i < 2000; i++)
                {
                    sink.Emit(Numbered(t, i));
                }
            })));
        }

        var lines = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(8000, lines.Length);
        // "Event 2 17" in a text line, "Thread":2,"Number":17 in a JSON one.
        var numbers = lines.Select(l => Regex.Match(l, "(?:Event |\"Thread\":)(\\d+)(?: |,\"Number\":)(\\d+)")).Select(m => new[] { int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) });
        foreach (var thread in numbers.GroupBy(n => n[0]))
        {
            Assert.Equal(Enumerable.Range(0, 2000), thread.Select(n => n[1]));
        }
    }

    [Fact]
    public void A_quiet_sites_line_is_written_without_waiting_for_more()
    {
        using var output = new MemoryStream();
        using var sink = new BatchedConsoleSink(new Utf8CompactJsonFormatter(), output);

        sink.Emit(Numbered(0, 1));

        Assert.True(SpinWait.SpinUntil(() => output.Length > 0, TimeSpan.FromSeconds(10)), "the line was not written");
    }

    [Fact]
    public void A_stalled_output_drops_events_past_the_limit_and_says_how_many()
    {
        using var output = new StalledStream();
        var sink = new BatchedConsoleSink(new Utf8CompactJsonFormatter(), output);
        var line = Numbered(0, 0);
        var emitted = 0;
        // The writer thread is stuck in its first write; everything after it piles up to the limit, then is dropped.
        sink.Emit(line);
        Assert.True(output.Entered.Wait(TimeSpan.FromSeconds(10)));
        var perLine = output.Length;
        for (; emitted < 2 * BatchedConsoleSink.MaxPendingBytes / perLine; emitted++)
        {
            sink.Emit(line);
        }

        output.Release.Set();
        sink.Dispose();

        var lines = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var dropped = JsonDocument.Parse(lines[^1]).RootElement;
        Assert.Equal("Warning", dropped.GetProperty("@l").GetString());
        var kept = lines.Length - 2; // the first line and the warning
        Assert.InRange(kept, 1, emitted - 1);
        Assert.Equal(emitted - kept, dropped.GetProperty("DroppedEvents").GetInt64());
    }

    private static LogEvent Numbered(int thread, int i) =>
        new(DateTimeOffset.UnixEpoch, LogEventLevel.Information, null, Template, [new LogEventProperty("Thread", new ScalarValue(thread)), new LogEventProperty("Number", new ScalarValue(i))]);

    private static ITextFormatter FormatterNamed(string name) => name == "template"
        ? new MessageTemplateTextFormatter(BatchedConsoleSinkExtensions.DefaultOutputTemplate, CultureInfo.InvariantCulture)
        : new Utf8CompactJsonFormatter();

    /// <summary>A memory stream whose first write takes the bytes, then waits until released, as a full pipe would.</summary>
    private sealed class StalledStream : MemoryStream
    {
        public ManualResetEventSlim Entered { get; } = new();

        public ManualResetEventSlim Release { get; } = new();

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            base.Write(buffer);
            Entered.Set();
            Release.Wait();
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                Entered.Dispose();
                Release.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
