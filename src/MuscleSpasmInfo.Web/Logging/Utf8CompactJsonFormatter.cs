using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Serilog.Events;
using Serilog.Formatting;
using Serilog.Parsing;

namespace MuscleSpasmInfo.Web.Logging;

/// <summary>
/// Compact log event format (CLEF), the format of Serilog.Formatting.Compact's <c>CompactJsonFormatter</c>, the same
/// fields with the same values (<c>@t</c>, <c>@mt</c>, <c>@r</c>, <c>@l</c>, <c>@x</c>, <c>@tr</c>, <c>@sp</c>, then the
/// properties), written as UTF-8 by System.Text.Json's <see cref="Utf8JsonWriter"/>. That formatter writes a character
/// at a time to a <see cref="TextWriter"/> that is then encoded to UTF-8, and formatting the request log was a twelfth
/// of the site's CPU under load (profile in docs/benchmarks.md); this one writes bytes into the caller's buffer.
/// </summary>
public sealed class Utf8CompactJsonFormatter : ITextFormatter
{
    // Readable paths and messages (é stays é), while quotes, control characters and markup-significant ones are escaped.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    // The property tokens with a format of each message template (the "@r" renderings), found once per template.
    private static readonly ConditionalWeakTable<MessageTemplate, PropertyToken[]> FormattedTokens = [];

    private static readonly JsonEncodedText Timestamp = JsonEncodedText.Encode("@t");
    private static readonly JsonEncodedText Template = JsonEncodedText.Encode("@mt");
    private static readonly JsonEncodedText Renderings = JsonEncodedText.Encode("@r");
    private static readonly JsonEncodedText Level = JsonEncodedText.Encode("@l");
    private static readonly JsonEncodedText Exception = JsonEncodedText.Encode("@x");
    private static readonly JsonEncodedText TraceId = JsonEncodedText.Encode("@tr");
    private static readonly JsonEncodedText SpanId = JsonEncodedText.Encode("@sp");
    private static readonly JsonEncodedText TypeTag = JsonEncodedText.Encode("$type");

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    /// <summary>Writes <paramref name="logEvent"/> as one line of JSON, newline included, to <paramref name="output"/>.</summary>
    public static void Format(LogEvent logEvent, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        ArgumentNullException.ThrowIfNull(output);
        var json = t_writer ??= new Utf8JsonWriter(output, WriterOptions);
        json.Reset(output);
        Write(logEvent, json);
        json.Flush();
        output.GetSpan(1)[0] = (byte)'\n';
        output.Advance(1);
    }

    /// <summary>The same line for any <see cref="TextWriter"/> (a file sink, a test): formatted as UTF-8, then decoded.</summary>
    public void Format(LogEvent logEvent, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var buffer = new ArrayBufferWriter<byte>(512);
        Format(logEvent, buffer);
        output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    private static void Write(LogEvent logEvent, Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString(Timestamp, logEvent.Timestamp.UtcDateTime);
        json.WriteString(Template, logEvent.MessageTemplate.Text);
        var formatted = FormattedTokens.GetValue(logEvent.MessageTemplate, static t => [.. t.Tokens.OfType<PropertyToken>().Where(p => p.Format is not null)]);
        if (formatted.Length > 0)
        {
            json.WriteStartArray(Renderings);
            foreach (var token in formatted)
            {
                WriteRendering(token, logEvent.Properties, json);
            }

            json.WriteEndArray();
        }

        if (logEvent.Level != LogEventLevel.Information)
        {
            json.WriteString(Level, logEvent.Level.ToString());
        }

        if (logEvent.Exception is { } exception)
        {
            json.WriteString(Exception, exception.ToString());
        }

        if (logEvent.TraceId is { } traceId)
        {
            json.WriteString(TraceId, traceId.ToHexString());
        }

        if (logEvent.SpanId is { } spanId)
        {
            json.WriteString(SpanId, spanId.ToHexString());
        }

        foreach (var (name, value) in logEvent.Properties)
        {
            // CLEF reserves a leading @ for its own fields; a property's own @ is doubled.
            json.WritePropertyName(name.StartsWith('@') ? "@" + name : name);
            WriteValue(value, json);
        }

        json.WriteEndObject();
    }

    /// <summary>A formatted property as the message shows it (<c>{Elapsed:0.0000}</c> → <c>"0.0087"</c>), in the invariant culture.</summary>
    private static void WriteRendering(PropertyToken token, IReadOnlyDictionary<string, LogEventPropertyValue> properties, Utf8JsonWriter json)
    {
        if (properties.TryGetValue(token.PropertyName, out var value) && value is ScalarValue { Value: IUtf8SpanFormattable formattable })
        {
            Span<byte> rendered = stackalloc byte[64];
            if (formattable.TryFormat(rendered, out var written, token.Format, CultureInfo.InvariantCulture))
            {
                json.WriteStringValue(rendered[..written]);
                return;
            }
        }

        using var text = new StringWriter(CultureInfo.InvariantCulture);
        token.Render(properties, text, CultureInfo.InvariantCulture);
        json.WriteStringValue(text.ToString());
    }

    private static void WriteValue(LogEventPropertyValue value, Utf8JsonWriter json)
    {
        switch (value)
        {
            case ScalarValue scalar:
                WriteScalar(scalar.Value, json);
                break;
            case SequenceValue sequence:
                json.WriteStartArray();
                foreach (var element in sequence.Elements)
                {
                    WriteValue(element, json);
                }

                json.WriteEndArray();
                break;
            case StructureValue structure:
                json.WriteStartObject();
                foreach (var property in structure.Properties)
                {
                    json.WritePropertyName(property.Name);
                    WriteValue(property.Value, json);
                }

                if (structure.TypeTag is { } typeTag)
                {
                    json.WriteString(TypeTag, typeTag);
                }

                json.WriteEndObject();
                break;
            case DictionaryValue dictionary:
                json.WriteStartObject();
                foreach (var (key, element) in dictionary.Elements)
                {
                    json.WritePropertyName(key.Value is string s ? s : Convert.ToString(key.Value, CultureInfo.InvariantCulture) ?? "null");
                    WriteValue(element, json);
                }

                json.WriteEndObject();
                break;
            default:
                json.WriteStringValue(value.ToString(null, CultureInfo.InvariantCulture));
                break;
        }
    }

    /// <summary>A scalar as Serilog's JSON value formatter writes it: numbers and booleans as JSON literals, the rest as strings.</summary>
    private static void WriteScalar(object? value, Utf8JsonWriter json)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case string s:
                json.WriteStringValue(s);
                break;
            case bool b:
                json.WriteBooleanValue(b);
                break;
            case int i:
                json.WriteNumberValue(i);
                break;
            case long l:
                json.WriteNumberValue(l);
                break;
            case double d when double.IsFinite(d):
                json.WriteNumberValue(d);
                break;
            case float f when float.IsFinite(f):
                json.WriteNumberValue(f);
                break;
            case decimal m:
                json.WriteNumberValue(m);
                break;
            case uint or ulong or short or ushort or byte or sbyte:
                json.WriteRawValue(Convert.ToString(value, CultureInfo.InvariantCulture)!, skipInputValidation: true);
                break;
            case DateTime dateTime:
                json.WriteStringValue(dateTime);
                break;
            case DateTimeOffset dateTimeOffset:
                json.WriteStringValue(dateTimeOffset);
                break;
            case IFormattable formattable:
                // NaN and infinities, enums, TimeSpan, Guid: as their invariant text.
                json.WriteStringValue(formattable.ToString(null, CultureInfo.InvariantCulture));
                break;
            default:
                json.WriteStringValue(value.ToString());
                break;
        }
    }
}
