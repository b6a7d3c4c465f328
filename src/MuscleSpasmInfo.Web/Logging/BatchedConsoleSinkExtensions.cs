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
    /// Standard output in batches: events reach the terminal at most <paramref name="bufferingMilliseconds"/> after they
    /// are logged (the first at once), and a full batch of <paramref name="batchSize"/> is written without waiting. Each
    /// event is written by <paramref name="formatter"/> when given (one JSON object a line, say), else as
    /// <paramref name="outputTemplate"/> says.
    /// </summary>
    public static LoggerConfiguration BatchedConsole(
        this LoggerSinkConfiguration sinkConfiguration,
        string outputTemplate = DefaultOutputTemplate,
        ITextFormatter? formatter = null,
        int bufferingMilliseconds = 100,
        int batchSize = 1000,
        LogEventLevel restrictedToMinimumLevel = LogEventLevel.Verbose)
    {
        ArgumentNullException.ThrowIfNull(sinkConfiguration);
        var sink = new BatchedConsoleSink(
            formatter ?? new MessageTemplateTextFormatter(outputTemplate, System.Globalization.CultureInfo.InvariantCulture),
            Console.OpenStandardOutput());
        return sinkConfiguration.Sink(
            sink,
            new BatchingOptions { BatchSizeLimit = batchSize, BufferingTimeLimit = TimeSpan.FromMilliseconds(bufferingMilliseconds), EagerlyEmitFirstEvent = true },
            restrictedToMinimumLevel);
    }
}
