using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace MuscleSpasmInfo.Testing;

/// <summary>
/// The site on real Kestrel at 127.0.0.1 and a free port, started by the constructor and stopped on dispose, for
/// requests the in-memory test server cannot make (browsers, nginx, raw bytes).
/// </summary>
public class KestrelSite : SiteFactory
{
    /// <summary>Serves a copy of the TestContent folder in the test's output folder.</summary>
    public KestrelSite()
        : this(new Dictionary<string, string?>())
    {
    }

    /// <summary>Serves <paramref name="source"/> (copied unless <paramref name="copy"/> is false) with extra configuration, which must be known before the server starts.</summary>
    protected KestrelSite(string source, bool copy = true, IReadOnlyDictionary<string, string?>? settings = null)
        : base(source, copy)
    {
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            Settings[key] = value;
        }

        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
    }

    /// <summary>Serves a copy of the TestContent folder with extra configuration, which must be known before the server starts.</summary>
    protected KestrelSite(IReadOnlyDictionary<string, string?> settings)
        : this(Path.Combine(AppContext.BaseDirectory, "TestContent"), copy: true, settings)
    {
    }

    /// <summary>Where the site listens, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Sends raw request bytes, so malformed requests reach the server exactly as written; returns the status code and the response text.</summary>
    public async Task<(int Status, string Response)> SendRawAsync(byte[] request)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, BaseAddress.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(request);
        var buffer = new byte[64 * 1024];
        var read = 0;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            int n;
            while (read < buffer.Length && (n = await stream.ReadAsync(buffer.AsMemory(read), timeout.Token)) > 0)
            {
                read += n;
                if (Encoding.ASCII.GetString(buffer, 0, read).Contains("\r\n\r\n", StringComparison.Ordinal) && !client.Client.Poll(200_000, SelectMode.SelectRead))
                {
                    break;
                }
            }
        }
        catch (IOException)
        {
            // The server may close the connection straight after an error response.
        }

        var text = Encoding.UTF8.GetString(buffer, 0, read);
        var status = text.Length > 12 && text.StartsWith("HTTP/1.1 ", StringComparison.Ordinal) ? int.Parse(text.AsSpan(9, 3), CultureInfo.InvariantCulture) : 0;
        return (status, text);
    }

    /// <summary>Sends a request line and headers written as text (Latin-1, as on the wire); returns the status code and the response text.</summary>
    public Task<(int Status, string Response)> SendRawAsync(string requestLineAndHeaders) =>
        SendRawAsync(Encoding.Latin1.GetBytes(requestLineAndHeaders));

    /// <inheritdoc />
    protected override HttpClient CreatePageClient() =>
        new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = BaseAddress };
}
