using System.Net;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Features;

namespace MuscleSpasmInfo.Web.Commands;

/// <summary>What one in-process GET answered: its status, and the error behind a failure when the pipeline saw one.</summary>
/// <param name="Status">The status code the site sent.</param>
/// <param name="Error">The exception the exception handler caught, or that left the pipeline; null when none did.</param>
internal readonly record struct InProcessAnswer(int Status, Exception? Error);

/// <summary>
/// A server with no network, for the export. The host starts the site's own request pipeline on it exactly as it does on
/// Kestrel (the same middleware in the same order, the same Razor Pages, the same page cache), and the export hands it
/// requests as method calls: no socket, no HTTP parsing, no copy through a client, and the body lands in a buffer the
/// caller owns and reuses. The bytes are the ones Kestrel would send, because everything that makes them runs as it is.
/// </summary>
internal sealed class InProcessServer : IServer
{
    private Func<IFeatureCollection, Task<Exception?>>? _process;

    /// <summary>No features: the server has no addresses to report.</summary>
    public IFeatureCollection Features { get; } = new FeatureCollection();

    public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken)
        where TContext : notnull
    {
        _process = async features =>
        {
            var context = application.CreateContext(features);
            Exception? escaped = null;
            try
            {
                await application.ProcessRequestAsync(context).ConfigureAwait(false);
                await features.GetRequiredFeature<InProcessResponse>().FinishAsync().ConfigureAwait(false);
            }
#pragma warning disable CA1031 // As a server does, an exception that leaves the pipeline ends that request, not the process; the caller reports it.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                escaped = ex;
            }

            application.DisposeContext(context, escaped);
            return escaped;
        };
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _process = null;
        return Task.CompletedTask;
    }

    public void Dispose() => _process = null;

    /// <summary>GETs <paramref name="path"/> through the site's pipeline; the response body is appended to <paramref name="body"/>.</summary>
    public async Task<InProcessAnswer> GetAsync(string path, MemoryStream body)
    {
        var process = _process ?? throw new InvalidOperationException("the in-process server has not been started");
        var queryAt = path.IndexOf('?', StringComparison.Ordinal);
        var request = new HttpRequestFeature
        {
            Protocol = "HTTP/1.1",
            Method = HttpMethods.Get,
            Scheme = Uri.UriSchemeHttp,
            PathBase = string.Empty,
            Path = queryAt < 0 ? path : path[..queryAt],
            QueryString = queryAt < 0 ? string.Empty : path[queryAt..],
            RawTarget = path,
        };
        request.Headers.Host = "localhost";
        var response = new InProcessResponse(body);
        var features = new FeatureCollection();
        features.Set<IHttpRequestFeature>(request);
        features.Set<IHttpResponseFeature>(response);
        features.Set<IHttpResponseBodyFeature>(response);
        features.Set(response);
        features.Set<IHttpConnectionFeature>(new HttpConnectionFeature { RemoteIpAddress = IPAddress.Loopback, LocalIpAddress = IPAddress.Loopback });

        var escaped = await process(features).ConfigureAwait(false);
        var handled = features.Get<IExceptionHandlerFeature>()?.Error;
        return new InProcessAnswer(escaped is null ? response.StatusCode : StatusCodes.Status500InternalServerError, escaped ?? handled);
    }
}
