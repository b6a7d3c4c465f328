using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;

namespace MuscleSpasmInfo.Web.Tests;

/// <summary>A failing request shows a short page with a reference that is in the log beside the exception.</summary>
public sealed class ErrorPageTests : IDisposable
{
    private readonly FailingSite _site = new();

    public ErrorPageTests() => _site.Settings["Serilog:MinimumLevel:Default"] = "Error";

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task An_exception_gives_500_with_a_correlation_id_found_in_the_log_and_no_stack_trace()
    {
        var (response, page) = await _site.GetPageAsync("/boom");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var id = page.QuerySelector(".correlation-id")!.TextContent;
        Assert.NotEmpty(id);
        Assert.DoesNotContain("InvalidOperationException", page.DocumentElement.OuterHtml, StringComparison.Ordinal);
        var logged = Assert.Single(_site.Sink.Events, e => e.Properties.TryGetValue("CorrelationId", out var v) && v.ToString() == $"\"{id}\"");
        Assert.Equal("deliberate failure", logged.Exception!.Message);
    }

    private sealed class FailingSite : SiteFactory
    {
        public LogCapture Sink { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services =>
            {
                services.AddSingleton<IStartupFilter, FailingEndpoint>();
                services.AddSingleton<ILogEventSink>(Sink);
            });
        }
    }

    private sealed class FailingEndpoint : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Map("/boom", failing => failing.Run(_ => throw new InvalidOperationException("deliberate failure")));
        };
    }
}
