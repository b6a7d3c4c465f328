using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;

namespace MuscleSpasmInfo.Web.Tests;

public sealed class RequestLoggingTests : IDisposable
{
    private readonly LoggedSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Each_request_is_logged_with_a_structured_method_path_and_status()
    {
        await _site.GetPageAsync("/articles/cause-1");

        var logged = Assert.Single(_site.Capture.Events, e =>
            e.MessageTemplate.Text.StartsWith("HTTP {RequestMethod} {RequestPath}", StringComparison.Ordinal) &&
            e.Properties["RequestPath"].ToString() == "\"/articles/cause-1\"");
        Assert.Equal("200", logged.Properties["StatusCode"].ToString());
    }

    [Fact]
    public async Task A_content_error_is_logged_with_its_file_and_counted_in_the_line_of_the_snapshot()
    {
        await File.WriteAllTextAsync(Path.Combine(_site.ContentPath, "broken.md"), "No front matter here.\n");

        await _site.GetPageAsync("/articles/cause-1");

        var error = Assert.Single(_site.Capture.Events, e => e.MessageTemplate.Text.StartsWith("Content error", StringComparison.Ordinal));
        Assert.Equal("\"broken.md\"", error.Properties["Path"].ToString());
        var live = Assert.Single(_site.Capture.Events, e => e.MessageTemplate.Text.StartsWith("Content snapshot", StringComparison.Ordinal));
        Assert.Equal("1", live.Properties["Errors"].ToString());
    }

    [Fact]
    public async Task A_reader_who_leaves_while_the_first_load_runs_is_logged_as_gone_not_as_an_error()
    {
        var held = await HeldFile.CreateAsync(Path.Combine(_site.ContentPath, "held.md"));

        var client = await Task.Run(_site.CreateClient).WaitAsync(TimeSpan.FromSeconds(30));
        using (var leave = new CancellationTokenSource(TimeSpan.FromMilliseconds(300)))
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.GetAsync(new Uri("/articles/cause-1", UriKind.Relative), leave.Token));
        }

        await held.ReleaseAsync();

        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync(new Uri("/articles/cause-2", UriKind.Relative))).StatusCode);
        var gone = Assert.Single(_site.Capture.Events, e =>
            e.MessageTemplate.Text.StartsWith("HTTP {RequestMethod} {RequestPath}", StringComparison.Ordinal) &&
            e.Properties["RequestPath"].ToString() == "\"/articles/cause-1\"");
        Assert.Equal("499", gone.Properties["StatusCode"].ToString());
        Assert.Equal(Serilog.Events.LogEventLevel.Information, gone.Level);
        Assert.Null(gone.Exception);
    }

    private sealed class LoggedSite : SiteFactory
    {
        public LoggedSite() => Settings["Serilog:MinimumLevel:Default"] = "Information";

        public LogCapture Capture { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<ILogEventSink>(Capture));
        }
    }
}
