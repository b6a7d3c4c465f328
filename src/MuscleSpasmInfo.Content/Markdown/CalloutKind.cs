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
}
