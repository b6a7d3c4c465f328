using System.Globalization;

namespace MuscleSpasmInfo.Web.Pages;

/// <summary>How dates and counts read on the site: "7 May 2016", as UK health sites write them.</summary>
public static class Format
{
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Count(int n, string singular, string plural) => n == 1 ? $"1 {singular}" : $"{n} {plural}";
}
