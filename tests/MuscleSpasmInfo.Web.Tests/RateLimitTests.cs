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

    [Fact]
    public async Task Behind_a_local_proxy_each_forwarded_client_has_its_own_limit()
    {
        using var site = new LimitedKestrelSite();
        using var client = new HttpClient { BaseAddress = site.BaseAddress };

        async Task<HttpStatusCode> GetAs(string address)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/");
            request.Headers.Add("X-Forwarded-For", address);
            return (await client.SendAsync(request)).StatusCode;
        }

        var first = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            first.Add(await GetAs("192.0.2.10"));
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], first);
        Assert.Equal(HttpStatusCode.OK, await GetAs("192.0.2.20"));
    }

    [Fact]
    public async Task A_new_window_gives_a_limited_client_its_permits_again()
    {
        using var site = new SiteFactory { Settings = { ["RateLimit:PermitLimit"] = "2", ["RateLimit:WindowSeconds"] = "1" } };
        var client = site.CreateClient();
        async Task<HttpStatusCode> Get() => (await client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode;
        await Get(); // the first request also waits for the content to load, which may take longer than a window

        await Task.Delay(TimeSpan.FromSeconds(1.2));
        var statuses = new[] { await Get(), await Get(), await Get() };
        await Task.Delay(TimeSpan.FromSeconds(1.2));
        var after = await Get();

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, after);
    }

    private sealed class LimitedKestrelSite : KestrelSite
    {
        public LimitedKestrelSite()
            : base(new Dictionary<string, string?> { ["RateLimit:PermitLimit"] = "3", ["RateLimit:WindowSeconds"] = "60" })
        {
        }
    }
}
