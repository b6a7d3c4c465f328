using YamlDotNet.RepresentationModel;

namespace MuscleSpasmInfo.Content.FrontMatter;

/// <summary>What reading one file's front matter needs besides the YAML: where problems go and the site's time zone.</summary>
internal sealed class FieldReader(string path, int firstLine, List<ContentProblem> problems, TimeZoneInfo timeZone)
{
    /// <summary>The zone whose calendar a timestamp's date is taken in.</summary>
    public TimeZoneInfo TimeZone => timeZone;

    /// <summary>The node's line in the whole file (1-based), as an editor sees it.</summary>
    public int LineOf(YamlNode node) => firstLine + (int)Math.Max(0, node.Start.Line - 1);

    /// <summary>Reports a problem at <paramref name="node"/>.</summary>
    public void Report(YamlNode node, ProblemSeverity severity, string message) =>
        problems.Add(new(path, LineOf(node), (int)Math.Max(1, node.Start.Column), severity, message));

    /// <summary>Reports a problem at the start of the front matter, for what is missing rather than wrong.</summary>
    public void ReportAtStart(string message) => problems.Add(new(path, firstLine, 1, ProblemSeverity.Error, message));

    /// <summary>Reports that <paramref name="field"/> holds a value of the wrong kind.</summary>
    public void WrongType(YamlNode node, string field, string expected) => Report(node, ProblemSeverity.Error, $"field '{field}' must be {expected}");
}
