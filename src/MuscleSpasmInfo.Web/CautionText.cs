namespace MuscleSpasmInfo.Web;

/// <summary>The "when to see a doctor" caution at the top of every article, bound from <c>Site:Caution</c>.</summary>
public sealed class CautionText
{
    /// <summary>The callout's heading.</summary>
    public string Heading { get; set; } = string.Empty;

    /// <summary>The caution itself, in the seed's own words.</summary>
    public string Text { get; set; } = string.Empty;

    /// <summary>The text of the link to the medical disclaimer.</summary>
    public string LinkText { get; set; } = string.Empty;
}
