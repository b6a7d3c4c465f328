namespace MuscleSpasmInfo.Web.Security;

/// <summary>Per-client request limits, bound from the <c>RateLimit</c> configuration section.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimit";

    /// <summary>Requests one client address may make per window; 0 turns the limiter off (benchmarks, behind a CDN).</summary>
    public int PermitLimit { get; set; } = 600;

    /// <summary>The length of the window in seconds.</summary>
    public int WindowSeconds { get; set; } = 10;
}
