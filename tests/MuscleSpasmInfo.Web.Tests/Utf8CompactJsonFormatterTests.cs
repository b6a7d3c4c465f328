using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using MuscleSpasmInfo.Web.Logging;
using Serilog.Events;
using Serilog.Formatting.Compact;
using Serilog.Parsing;

namespace MuscleSpasmInfo.Web.Tests;

/// <summary>The site's CLEF formatter writes what Serilog.Formatting.Compact writes for the same event: the same JSON, field for field.</summary>
public sealed class Utf8CompactJsonFormatterTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 3, 10, 32, 47, 585, TimeSpan.FromHours(1));

    public static TheoryData<string> Events => [.. Samples().Keys];

    [Theory]
    [MemberData(nameof(Events))]
    public void Writes_the_same_json_as_the_compact_json_formatter(string name)
    {
        var logEvent = Samples()[name];
        using var reference = new StringWriter(CultureInfo.InvariantCulture);
        new CompactJsonFormatter().Format(logEvent, reference);

        var bytes = new ArrayBufferWriter<byte>();
        Utf8CompactJsonFormatter.Format(logEvent, bytes);
        var line = Encoding.UTF8.GetString(bytes.WrittenSpan);

        Assert.EndsWith("\n", line, StringComparison.Ordinal);
        Assert.Single(line.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var expected = JsonNode.Parse(reference.ToString())!.AsObject();
        var actual = JsonNode.Parse(line)!.AsObject();
        Assert.Equal(expected.Select(p => p.Key), actual.Select(p => p.Key));
        foreach (var (key, value) in expected)
        {
            Assert.True(SameValue(value, actual[key]), $"{name}: {key} is {actual[key]?.ToJsonString()}, not {value?.ToJsonString()}");
        }
    }

    [Fact]
    public void A_text_writer_gets_the_same_line_as_the_bytes()
    {
        var logEvent = Samples()["request"];
        var bytes = new ArrayBufferWriter<byte>();
        Utf8CompactJsonFormatter.Format(logEvent, bytes);
        using var text = new StringWriter(CultureInfo.InvariantCulture);

        new Utf8CompactJsonFormatter().Format(logEvent, text);

        Assert.Equal(Encoding.UTF8.GetString(bytes.WrittenSpan), text.ToString());
    }

    [Fact]
    public void Non_ascii_text_stays_readable_in_the_line()
    {
        var bytes = new ArrayBufferWriter<byte>();
        Utf8CompactJsonFormatter.Format(Event("Página {Path}", ("Path", new ScalarValue("/es/artículos/calambres"))), bytes);

        Assert.Contains("\"Path\":\"/es/artículos/calambres\"", Encoding.UTF8.GetString(bytes.WrittenSpan), StringComparison.Ordinal);
    }

    private static Dictionary<string, LogEvent> Samples() => new(StringComparer.Ordinal)
    {
        ["request"] = new LogEvent(
            At, LogEventLevel.Information, null, new MessageTemplateParser().Parse(RequestLogMiddleware.MessageTemplate),
            [
                new LogEventProperty("RequestMethod", new ScalarValue("GET")),
                new LogEventProperty("RequestPath", new ScalarValue("/articles/muscle-overuse")),
                new LogEventProperty("StatusCode", new ScalarValue(200)),
                new LogEventProperty("Elapsed", new ScalarValue(0.0087123)),
                new LogEventProperty("RequestId", new ScalarValue("0HNQH52V4V8BJ:0000268D")),
            ],
            ActivityTraceId.CreateRandom(), ActivitySpanId.CreateRandom()),
        ["error with exception"] = new LogEvent(
            At, LogEventLevel.Error, Thrown(), new MessageTemplateParser().Parse("Content file {File} line {Line}: {Problem}"),
            [
                new LogEventProperty("File", new ScalarValue("content/cause-1.md")),
                new LogEventProperty("Line", new ScalarValue(3L)),
                new LogEventProperty("Problem", new ScalarValue("title: \"quoted\"\tand\\back\nslash <b>&amp;")),
            ]),
        ["every kind of value"] = Event(
            "{Warning} {@Structure} {Sequence} {Dictionary} {Nothing} {Flag} {Ratio:P1} {When:yyyy-MM-dd} {Span} {Id}",
            ("Warning", new ScalarValue(LogEventLevel.Warning)),
            ("Structure", new StructureValue([new LogEventProperty("Slug", new ScalarValue("sleep")), new LogEventProperty("Words", new ScalarValue(412u))], "Article")),
            ("Sequence", new SequenceValue([new ScalarValue(1.5f), new ScalarValue(decimal.One / 3), new ScalarValue(double.NaN), new ScalarValue((byte)7)])),
            ("Dictionary", new DictionaryValue([new(new ScalarValue("en"), new ScalarValue(10)), new(new ScalarValue(2), new ScalarValue(true))])),
            ("Nothing", new ScalarValue(null)),
            ("Flag", new ScalarValue(false)),
            ("Ratio", new ScalarValue(0.125)),
            ("When", new ScalarValue(At)),
            ("Span", new ScalarValue(TimeSpan.FromMilliseconds(1234))),
            ("Id", new ScalarValue(Guid.Parse("6f9619ff-8b86-d011-b42d-00c04fc964ff")))),
        ["warning with a property named with @"] = new LogEvent(
            At, LogEventLevel.Warning, null, new MessageTemplateParser().Parse("Plain text"),
            [new LogEventProperty("@odd", new ScalarValue('c')), new LogEventProperty("Big", new ScalarValue(ulong.MaxValue))]),
    };

    private static LogEvent Event(string template, params (string Name, LogEventPropertyValue Value)[] properties) =>
        new(At, LogEventLevel.Debug, null, new MessageTemplateParser().Parse(template), [.. properties.Select(p => new LogEventProperty(p.Name, p.Value))]);

    private static InvalidOperationException Thrown()
    {
        try
        {
            throw new InvalidOperationException("the index writer was closed");
        }
        catch (InvalidOperationException ex)
        {
            return ex;
        }
    }

    /// <summary>JSON values that mean the same: numbers by value, ISO 8601 times by the instant they name, the rest by their text.</summary>
    private static bool SameValue(JsonNode? expected, JsonNode? actual)
    {
        switch (expected)
        {
            case null:
                return actual is null;
            case JsonObject o:
                return actual is JsonObject a && o.Count == a.Count && o.All(p => a.ContainsKey(p.Key) && SameValue(p.Value, a[p.Key]));
            case JsonArray array:
                return actual is JsonArray b && array.Count == b.Count && array.Zip(b).All(p => SameValue(p.First, p.Second));
        }

        if (actual is not JsonValue value)
        {
            return false;
        }

        var e = expected.AsValue();
        if (e.TryGetValue(out string? text))
        {
            return value.TryGetValue(out string? other) && (text == other || (
                DateTimeOffset.TryParseExact(text, "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out var x) &&
                DateTimeOffset.TryParse(other, CultureInfo.InvariantCulture, DateTimeStyles.None, out var y) && x == y && x.Offset == y.Offset));
        }

        return e.GetValueKind() == value.GetValueKind() && (e.GetValueKind() != System.Text.Json.JsonValueKind.Number ||
            decimal.Parse(e.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture) == decimal.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture));
    }
}
