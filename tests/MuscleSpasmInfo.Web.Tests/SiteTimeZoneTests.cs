using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MuscleSpasmInfo.Web.Tests;

/// <summary><c>Site:TimeZone</c> reaches the content engine: a timestamp in front matter is a date in the site's zone.</summary>
public sealed class SiteTimeZoneTests
{
    [Fact]
    public async Task A_timestamp_late_in_the_utc_day_is_published_on_the_next_day_in_tokyo()
    {
        // Arrange
        using var site = new SiteFactory { Settings = { ["Site:TimeZone"] = "Asia/Tokyo" } };
        File.WriteAllText(Path.Combine(site.ContentPath, "late.md"), "---\ntitle: Late\ncategory: causes\ndate: 2020-01-01T23:30:00Z\n---\n\nText.\n");

        // Act
        var (response, page) = await site.GetPageAsync("/articles/late");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("2020-01-02", page.QuerySelector("article time")!.GetAttribute("datetime"));
    }

    [Fact]
    public void Without_a_setting_the_time_zone_is_utc()
    {
        using var site = new SiteFactory();

        var options = site.Services.GetRequiredService<IOptions<Content.ContentOptions>>().Value;

        Assert.Equal(TimeZoneInfo.Utc, options.TimeZone);
    }

    [Fact]
    public void An_unknown_time_zone_stops_the_site_at_start_with_a_message_naming_the_setting()
    {
        using var site = new SiteFactory { Settings = { ["Site:TimeZone"] = "Mars/Olympus_Mons" } };

        var error = Assert.Throws<OptionsValidationException>(() => site.CreateClient());

        Assert.Contains("Site:TimeZone 'Mars/Olympus_Mons' is not a time zone", error.Message, StringComparison.Ordinal);
    }
}
