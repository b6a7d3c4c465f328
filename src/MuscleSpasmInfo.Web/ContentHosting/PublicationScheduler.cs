using Microsoft.Extensions.Options;
using MuscleSpasmInfo.Content;

namespace MuscleSpasmInfo.Web.ContentHosting;

/// <summary>
/// Reloads the content when the day comes that an article dated in the future is due, so it appears on its date
/// without anyone touching a file.
/// </summary>
public sealed class PublicationScheduler(ContentStore store, TimeProvider clock, IOptions<ContentOptions> options, ILogger<PublicationScheduler> logger) : BackgroundService
{
    // Re-check at least this often, so a clock change or a missed timer cannot hold an article back for long.
    private static readonly TimeSpan MaxWait = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var due = (await store.CurrentAsync(stoppingToken).ConfigureAwait(false)).NextPublication;
                var zone = options.Value.TimeZone;
                var wait = Delay(due, clock.GetUtcNow(), zone);
                await Task.Delay(wait, clock, stoppingToken).ConfigureAwait(false);
                if (due is { } date && DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime) >= date)
                {
                    logger.LogInformation("Articles dated {Date} are due; reloading", date);
                    await store.ReloadAsync().ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down
        }
    }

    /// <summary>How long to wait from <paramref name="now"/> until the start of <paramref name="due"/> in the site's zone (UTC when not given), at most an hour.</summary>
    internal static TimeSpan Delay(DateOnly? due, DateTimeOffset now, TimeZoneInfo? zone = null)
    {
        if (due is not { } date)
        {
            return MaxWait;
        }

        var midnight = date.ToDateTime(TimeOnly.MinValue);
        zone ??= TimeZoneInfo.Utc;
        if (zone.IsInvalidTime(midnight))
        {
            midnight = midnight.AddHours(1); // the clocks skip midnight that day: the day starts an hour later
        }

        var until = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(midnight, zone), TimeSpan.Zero) - now;
        return until <= TimeSpan.Zero ? TimeSpan.Zero : until < MaxWait ? until : MaxWait;
    }
}
