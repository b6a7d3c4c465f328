// The ceiling for bench/load.sh: Kestrel answering every GET with one file's bytes, with no middleware, no routing and
// no logging, so the gap between it and the site is what the site's own request pipeline costs.
//
//   MuscleSpasmInfo.BareKestrel FILE URL      e.g. MuscleSpasmInfo.BareKestrel /tmp/site.html http://127.0.0.1:5080

using MuscleSpasmInfo.BareKestrel;

if (args.Length != 2)
{
    await Console.Error.WriteLineAsync("usage: MuscleSpasmInfo.BareKestrel FILE URL (e.g. http://127.0.0.1:5080)");
    return 2;
}

ReadOnlyMemory<byte> body = await File.ReadAllBytesAsync(args[0]);

// The empty builder reads no configuration files and registers no logging provider; UseKestrelCore leaves out the
// HTTPS and HTTP/3 wiring that a plain HTTP listener on loopback never uses.
var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { Args = args });
builder.WebHost.UseKestrelCore().UseUrls(args[1]);
// No Server header, as in the site (SiteExtensions.cs): the two responses differ only by the site's own headers.
builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);

var app = builder.Build();
app.Run(ctx => BodyResponse.Write(ctx, body));
await app.RunAsync();
return 0;
