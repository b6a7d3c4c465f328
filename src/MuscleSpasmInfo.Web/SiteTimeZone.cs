using Microsoft.Extensions.Options;
using MuscleSpasmInfo.Content;

namespace MuscleSpasmInfo.Web;

/// <summary>Hands <c>Site:TimeZone</c> to the content engine, and stops the site at start when it names no known zone.</summary>
public static class SiteTimeZone
{
    /// <summary>Validates <see cref="SiteOptions.TimeZone"/> at start and sets <see cref="ContentOptions.TimeZone"/> from it.</summary>
    public static IHostApplicationBuilder AddSiteTimeZone(this IHostApplicationBuilder builder)
    {
        // A wrong zone would silently move dates by a day; refusing to start says so while someone is watching. Reading
        // SiteOptions runs this check, so the check and export commands, which never start the host, refuse it too.
        builder.Services.AddSingleton<IValidateOptions<SiteOptions>, KnownTimeZone>();
        builder.Services.AddOptions<SiteOptions>().ValidateOnStart();
        builder.Services.AddOptions<ContentOptions>()
            .PostConfigure<IOptions<SiteOptions>>((content, site) => content.TimeZone = Find(site.Value.TimeZone)!); // validated on read
        return builder;
    }

    private sealed class KnownTimeZone : IValidateOptions<SiteOptions>
    {
        public ValidateOptionsResult Validate(string? name, SiteOptions options) =>
            Find(options.TimeZone) is not null
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail(
                    $"{SiteOptions.Section}:TimeZone '{options.TimeZone}' is not a time zone this machine knows: use an IANA id such as Europe/London (default UTC)");
    }

    /// <summary>The zone with IANA id <paramref name="id"/>, or null when this machine has none by that id.</summary>
    internal static TimeZoneInfo? Find(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id.Trim());
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return null;
        }
    }
}
