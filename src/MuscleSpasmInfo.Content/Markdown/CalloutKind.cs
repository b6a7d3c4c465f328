namespace MuscleSpasmInfo.Content.Markdown;

/// <summary>The care callouts an editor can write as <c>:::kind</c> containers, with the heading each shows by default.</summary>
public static class CalloutKind
{
    /// <summary>Container names and their default headings; the heading is the non-colour cue of how urgent a callout is.</summary>
    public static readonly IReadOnlyDictionary<string, string> DefaultHeadings = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["emergency"] = "Emergency advice",
        ["urgent"] = "Urgent advice",
        ["info"] = "Information",
    };

    // The same headings in the other languages the site publishes in, by the language of a culture.
    private static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Translated = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal)
    {
        ["es"] = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["emergency"] = "Indicaciones de emergencia",
            ["urgent"] = "Indicaciones urgentes",
            ["info"] = "Información",
        },
    };

    /// <summary>The headings in the language of <paramref name="culture"/> (<c>es</c>, <c>en-GB</c>); English when it has none.</summary>
    public static IReadOnlyDictionary<string, string> HeadingsIn(string? culture) =>
        culture is null ? DefaultHeadings : Translated.GetValueOrDefault(culture.Split('-')[0].ToLowerInvariant()) ?? DefaultHeadings;
}
