using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MuscleSpasmInfo.Browser.Tests;

/// <summary>The site over the repository's real content, on a real Kestrel bound to 127.0.0.1 and a free port.</summary>
public sealed class RealSiteFactory : WebApplicationFactory<Program>
{
    private readonly string _contentPath;

    public RealSiteFactory(string contentPath)
    {
        _contentPath = contentPath;
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>Starts Kestrel and returns the address it listens on, e.g. http://127.0.0.1:41234.</summary>
    public Uri Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return new Uri(addresses.Single());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Content:Path", _contentPath);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Fatal");
        builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.AspNetCore", "Fatal");
        builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime", "Fatal");
    }
}
