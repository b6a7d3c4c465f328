using MuscleSpasmInfo.Web.ContentHosting;

namespace MuscleSpasmInfo.Web.Tests;

public sealed class PublicationSchedulerTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 6, 22, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Waits_until_midnight_utc_of_the_due_date_when_that_is_within_the_hour() =>
        Assert.Equal(TimeSpan.FromMinutes(30), PublicationScheduler.Delay(new DateOnly(2026, 5, 7), Now.AddHours(1)));

    [Fact]
    public void Rechecks_at_least_hourly_when_the_date_is_far() =>
        Assert.Equal(TimeSpan.FromHours(1), PublicationScheduler.Delay(new DateOnly(2027, 1, 1), Now));

    [Fact]
    public void Reloads_at_once_when_the_date_has_come() =>
        Assert.Equal(TimeSpan.Zero, PublicationScheduler.Delay(new DateOnly(2026, 5, 6), Now));

    [Fact]
    public void With_nothing_scheduled_it_rechecks_hourly() =>
        Assert.Equal(TimeSpan.FromHours(1), PublicationScheduler.Delay(null, Now));

    [Fact]
    public void Waits_until_midnight_in_the_sites_time_zone()
    {
        // 23:30 UTC on 6 May is 01:30 on 7 May in Berlin (summer time, UTC+2): an article dated 7 May is due already there.
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

        Assert.Equal(TimeSpan.Zero, PublicationScheduler.Delay(new DateOnly(2026, 5, 7), Now.AddHours(1), berlin));
        Assert.Equal(TimeSpan.FromMinutes(30), PublicationScheduler.Delay(new DateOnly(2026, 5, 7), Now.AddHours(1), TimeZoneInfo.Utc));
    }
}
