using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace MuscleSpasmInfo.Web.Tests;

/// <summary>The site on a real Kestrel port on 127.0.0.1, for requests the in-memory test server cannot make.</summary>
public class KestrelSite : SiteFactory
{
    public KestrelSite()
        : this(new Dictionary<string, string?>())
    {
    }

    /// <summary>Starts with extra configuration, which must be known before the server starts.</summary>
    protected KestrelSite(IReadOnlyDictionary<string, string?> settings)
    {
        foreach (var (key, value) in settings)
        {
            Settings[key] = value;
        }

        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
    }

    public Uri BaseAddress { get; }

    protected override HttpClient CreatePageClient() =>
        new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = BaseAddress };

    /// <summary>Sends raw request bytes, so malformed requests reach the server exactly as written; returns the status code.</summary>
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
        var status = text.Length > 12 && text.StartsWith("HTTP/1.1 ", StringComparison.Ordinal) ? int.Parse(text.AsSpan(9, 3), System.Globalization.CultureInfo.InvariantCulture) : 0;
        return (status, text);
    }

    public Task<(int Status, string Response)> SendRawAsync(string requestLineAndHeaders) =>
        SendRawAsync(Encoding.Latin1.GetBytes(requestLineAndHeaders));
}
