using System.Net;

namespace MuscleSpasmInfo.Web.Tests;

public sealed class RateLimitTests : IDisposable
{
    private readonly SiteFactory _site = new() { Settings = { ["RateLimit:PermitLimit"] = "5", ["RateLimit:WindowSeconds"] = "60" } };

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task A_client_past_its_limit_gets_429_with_retry_after()
    {
        var client = _site.CreateClient();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 8; i++)
        {
            last = await client.GetAsync(new Uri("/", UriKind.Relative));
            statuses.Add(last.StatusCode);
        }

        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(HttpStatusCode.TooManyRequests, last!.StatusCode);
        Assert.True(last.Headers.RetryAfter!.Delta > TimeSpan.Zero);
    }
}
