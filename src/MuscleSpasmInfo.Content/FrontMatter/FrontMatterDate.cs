using System.Globalization;
using System.Text.RegularExpressions;

namespace MuscleSpasmInfo.Content.FrontMatter;

/// <summary>
/// The one rule for dates in front matter: <c>yyyy-mm-dd</c>, or a YAML timestamp as Hugo and Jekyll write it
/// (<c>2019-01-28T08:44:00Z</c>, <c>2019-01-28 08:44:00 +01:00</c>, <c>... +0100</c>), taken as its calendar date in the
/// site's time zone. A timestamp without an offset is already the site's local time, so its date is the one written.
/// </summary>
public static partial class FrontMatterDate
{
    /// <summary>What a date may look like, for error messages and the README.</summary>
    public const string Expected = "a date written yyyy-mm-dd, or a date and time such as 2019-01-28T08:44:00Z or 2019-01-28 08:44:00 +01:00";

    /// <summary>Reads <paramref name="text"/> as a date in <paramref name="timeZone"/>; false when it is not one.</summary>
    public static bool TryParse(string text, TimeZoneInfo timeZone, out DateOnly date)
    {
        date = default;
        var match = Timestamp().Match(text.Trim());
        if (!match.Success)
        {
            return false;
        }

        int Part(string name) => match.Groups[name].Success ? int.Parse(match.Groups[name].ValueSpan, CultureInfo.InvariantCulture) : 0;
        var (year, month, day) = (Part("year"), Part("month"), Part("day"));
        var (hour, minute, second) = (Part("hour"), Part("minute"), Part("second"));
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        var written = new DateOnly(year, month, day);
        if (!match.Groups["offset"].Success)
        {
            date = written;
            return true;
        }

        var offset = match.Groups["zulu"].Success
            ? TimeSpan.Zero
            : (match.Groups["sign"].ValueSpan[0] == '-' ? -1 : 1) * new TimeSpan(Part("offsetHours"), Part("offsetMinutes"), 0);
        if (Part("offsetHours") > 14 || Part("offsetMinutes") > 59 || offset.Duration() > TimeSpan.FromHours(14))
        {
            return false;
        }

        try
        {
            // A fraction of a second is left out: offsets are whole minutes, so it can never move the date.
            var instant = new DateTimeOffset(written.ToDateTime(new TimeOnly(hour, minute, second)), offset);
            date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, timeZone).DateTime);
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false; // within hours of year 1 or 9999, outside what a DateTimeOffset holds
        }
    }

    // YAML 1.1's timestamp (yaml.org/type/timestamp.html), with seconds optional as Hugo allows and the offset's colon
    // optional as Jekyll writes it; the date part always yyyy-mm-dd.
    [GeneratedRegex(
        @"^(?<year>[0-9]{4})-(?<month>[0-9]{2})-(?<day>[0-9]{2})" +
        @"(?:(?:[Tt]|[ \t]+)(?<hour>[0-9]{1,2}):(?<minute>[0-9]{2})(?::(?<second>[0-9]{2})(?:\.[0-9]+)?)?" +
        @"(?<offset>[ \t]*(?:(?<zulu>[Zz])|(?<sign>[+-])(?<offsetHours>[0-9]{1,2})(?::?(?<offsetMinutes>[0-9]{2}))?))?)?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Timestamp();
}
