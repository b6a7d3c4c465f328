namespace MuscleSpasmInfo.Content.Languages;

/// <summary>One entry of <c>Content:Languages</c> as configuration binds it; <see cref="LanguageTable"/> checks and freezes it.</summary>
public sealed class LanguageOptions
{
    /// <summary>The code file names and URLs carry (<see cref="SiteLanguage.Code"/>).</summary>
    public string Code { get; set; } = string.Empty;

    /// <summary>The language's name in itself.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The BCP 47 culture; default: the code.</summary>
    public string? Culture { get; set; }

    /// <summary><c>ltr</c> (default) or <c>rtl</c>.</summary>
    public string? Direction { get; set; }
}
