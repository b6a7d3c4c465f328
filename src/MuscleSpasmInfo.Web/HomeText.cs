namespace MuscleSpasmInfo.Web;

/// <summary>What the home page says about the site, bound from <c>Site:Home</c>.</summary>
public sealed class HomeText
{
    /// <summary>The home page's heading.</summary>
    public string Heading { get; set; } = string.Empty;

    /// <summary>The paragraph under the heading.</summary>
    public string Lead { get; set; } = string.Empty;

    /// <summary>The home page's meta description, as search results show it.</summary>
    public string Description { get; set; } = string.Empty;
}
