using MuscleSpasmInfo.Content.Checks;
using YamlDotNet.RepresentationModel;

namespace MuscleSpasmInfo.Content.FrontMatter;

/// <summary>What reading one file's front matter needs besides the YAML: where problems go and the site's time zone.</summary>
internal sealed class FieldReader(string path, int firstLine, List<ContentProblem> problems, TimeZoneInfo timeZone)
{
    /// <summary>The zone whose calendar a timestamp's date is taken in.</summary>
    public TimeZoneInfo TimeZone => timeZone;

    /// <summary>The node's line in the whole file (1-based), as an editor sees it.</summary>
    public int LineOf(YamlNode node) => firstLine + (int)Math.Max(0, node.Start.Line - 1);

    /// <summary>Reports what <paramref name="check"/> found at <paramref name="node"/>.</summary>
    public void Report(YamlNode node, ContentCheck check, string message) =>
        problems.Add(check.At(path, LineOf(node), (int)Math.Max(1, node.Start.Column), message));

    /// <summary>Reports a required field missing, at the start of the front matter.</summary>
    public void ReportMissing(string message) => problems.Add(ContentChecks.MissingRequired.At(path, firstLine, 1, message));

    /// <summary>Reports that <paramref name="field"/> holds a value of the wrong kind.</summary>
    public void WrongType(YamlNode node, string field, string expected) => Report(node, ContentChecks.WrongType, $"field '{field}' must be {expected}");
}
