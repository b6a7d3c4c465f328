using System.Diagnostics;
using Serilog.Events;
using Serilog.Parsing;

namespace MuscleSpasmInfo.Web.Logging;

/// <summary>
/// One structured event per request when it completes: method, path, status, elapsed milliseconds and the request id,
/// at Error for a 5xx or an exception (logged with it, then rethrown to the exception handler) and Information
/// otherwise. It does what Serilog's RequestLoggingMiddleware did here, with the same message template, and builds the
/// event directly: no diagnostic context in an async local (which copies the execution context on every await after
/// it) and no local-time lookup per request, which in a profile under load were most of the request thread's share of
/// logging.
/// </summary>
public sealed class RequestLogMiddleware(RequestDelegate next, Serilog.ILogger logger)
{
    /// <summary>The message of the request event, as Serilog's request logging writes it.</summary>
    public const string MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms";

    private static readonly MessageTemplate Template = new MessageTemplateParser().Parse(MessageTemplate);
    private readonly Serilog.ILogger _logger = logger.ForContext<RequestLogMiddleware>();

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var start = Stopwatch.GetTimestamp();
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            Write(context, StatusCodes.Status500InternalServerError, start, ex);
            throw;
        }

        Write(context, context.Response.StatusCode, start, null);
    }

    private void Write(HttpContext context, int statusCode, long start, Exception? exception)
    {
        var level = exception is not null || statusCode >= 500 ? LogEventLevel.Error : LogEventLevel.Information;
        if (!_logger.IsEnabled(level))
        {
            return;
        }

        var request = context.Request;
        var activity = Activity.Current;
        var properties = new[]
        {
            new LogEventProperty("RequestMethod", new ScalarValue(request.Method)),
            new LogEventProperty("RequestPath", new ScalarValue(request.Path.Value)),
            new LogEventProperty("StatusCode", new ScalarValue(statusCode)),
            new LogEventProperty("Elapsed", new ScalarValue(Stopwatch.GetElapsedTime(start).TotalMilliseconds)),
            new LogEventProperty("RequestId", new ScalarValue(context.TraceIdentifier)),
        };
        _logger.Write(new LogEvent(
            DateTimeOffset.UtcNow, level, exception, Template, properties, activity?.TraceId ?? default, activity?.SpanId ?? default));
    }
}
