namespace MuscleSpasmInfo.Web.Pages;

/// <summary>How a reader may sort a list page (<see cref="Routing.SiteRoutes.SortKey"/>): by name, the default, or by count.</summary>
public static class ListSort
{
    public const string ByName = "name";

    public const string ByCount = "count";

    /// <summary>The order a query value asks for; anything unknown is the default.</summary>
    public static string Parse(string? value) => value == ByCount ? ByCount : ByName;
}
