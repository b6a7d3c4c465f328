namespace MuscleSpasmInfo.Web;

/// <summary>
/// The text editors set in configuration rather than in content, in one language: the caution on every article, the
/// statement at the foot of every page, the home page's words. <c>Site:Caution</c>, <c>Site:FooterStatement</c> and
/// <c>Site:Home</c> are the default language's; <c>Site:Translations:{code}</c> holds another language's.
/// </summary>
public sealed class EditorialText
{
    /// <summary>The "when to see a doctor" caution.</summary>
    public CautionText Caution { get; set; } = new();

    /// <summary>The statement at the foot of every page.</summary>
    public string FooterStatement { get; set; } = string.Empty;

    /// <summary>The home page's heading, lead and description.</summary>
    public HomeText Home { get; set; } = new();

    /// <summary>True when every text is there, so no page goes out without its caution.</summary>
    public bool IsComplete =>
        Caution is { Heading.Length: > 0, Text.Length: > 0, LinkText.Length: > 0 } &&
        FooterStatement.Length > 0 &&
        Home is { Heading.Length: > 0, Lead.Length: > 0, Description.Length: > 0 };
}
