using Serilog;
using Serilog.Configuration;
using Serilog.Events;
using Serilog.Formatting;
using Serilog.Formatting.Display;

namespace MuscleSpasmInfo.Web.Logging;

/// <summary><c>WriteTo.BatchedConsole</c>, for code and for the <c>Serilog</c> section of appsettings.json (<c>"Using": ["MuscleSpasmInfo.Web"]</c>).</summary>
public static class BatchedConsoleSinkExtensions
{
    /// <summary>The console sink's default line, kept so a log reads the same as before batching.</summary>
    public const string DefaultOutputTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}";

    /// <summary>
    /// Standard output in batches (<see cref="BatchedConsoleSink"/>): whatever was logged while the last write ran goes
    /// out in the next. Each event is written by <paramref name="formatter"/> when given (one JSON object a line,
    /// <see cref="Utf8CompactJsonFormatter"/>), else as <paramref name="outputTemplate"/> says.
    /// </summary>
    public static LoggerConfiguration BatchedConsole(
        this LoggerSinkConfiguration sinkConfiguration,
        string outputTemplate = DefaultOutputTemplate,
        ITextFormatter? formatter = null,
        LogEventLevel restrictedToMinimumLevel = LogEventLevel.Verbose)
    {
        ArgumentNullException.ThrowIfNull(sinkConfiguration);
        var sink = new BatchedConsoleSink(
            formatter ?? new MessageTemplateTextFormatter(outputTemplate, System.Globalization.CultureInfo.InvariantCulture),
            Console.OpenStandardOutput());
        return sinkConfiguration.Sink(sink, restrictedToMinimumLevel);
    }
}
