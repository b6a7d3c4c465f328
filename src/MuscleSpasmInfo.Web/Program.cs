using MuscleSpasmInfo.Web;
using MuscleSpasmInfo.Web.Commands;

// Socket completions run on the event-loop thread rather than being queued to the thread pool, one hop fewer per request:
// in one back-to-back pair on a 2-core host, 35.0k against 28.9k cached pages a second (full load.sh runs there were
// within their noise, docs/benchmarks.md). The runtime reads this only from the environment, when the first socket opens,
// so it is set here, before Kestrel starts, unless the operator chose otherwise.
if (Environment.GetEnvironmentVariable(InlineSocketCompletions) is null)
{
    Environment.SetEnvironmentVariable(InlineSocketCompletions, "1");
}

var commandLine = CommandLine.Parse(args);
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = commandLine.ConfigurationArgs,
    // A published site started from another folder still finds its appsettings.json and wwwroot beside the binary.
    ContentRootPath = File.Exists(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json")) ? null : AppContext.BaseDirectory,
});
builder.AddSite(watchContent: commandLine.Command is null);
if (commandLine.Command == "export")
{
    // The export runs the site's pipeline in-process: no port, no HTTP round trip per page.
    ExportCommand.AddInProcessServer(builder.Services);
}

var app = builder.Build();

switch (commandLine.Command)
{
    case "check" when commandLine.Related is { } slug:
        return CheckCommand.Related(app.Services, slug, Console.Out);
    case "check" when commandLine.List:
        return CheckCommand.List(Console.Out);
    case "check":
        return CheckCommand.Run(app.Services, Console.Out);
    case "export":
        app.UseSite();
        return await ExportCommand.RunAsync(app, commandLine.OutputFolder, Console.Out, Console.Error, showProgress: !Console.IsErrorRedirected).ConfigureAwait(false);
    default:
        // Start reading the content now, so the server's own start-up runs alongside it rather than before it.
        app.Services.GetRequiredService<MuscleSpasmInfo.Web.ContentHosting.ContentStore>().StartLoading();
        app.UseSite();
        try
        {
            await app.RunAsync().ConfigureAwait(false);
            return 0;
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException)
        {
            app.Logger.LogCritical(ex, "The site stopped");
            return 1;
        }
}

/// <summary>The entry point, public so integration tests can host the site.</summary>
public partial class Program
{
    private const string InlineSocketCompletions = "DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS";
}
