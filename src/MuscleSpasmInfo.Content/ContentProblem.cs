namespace MuscleSpasmInfo.Content;

/// <summary>How serious a content problem is: errors keep a file out of the site, warnings do not.</summary>
public enum ProblemSeverity
{
    /// <summary>The file is served, but an editor should look at it.</summary>
    Warning,

    /// <summary>The file cannot be served as it is.</summary>
    Error,
}

/// <summary>One problem found in a content file, located the way compilers locate theirs.</summary>
/// <param name="Path">Path relative to the content folder, with forward slashes.</param>
/// <param name="Line">1-based line in the file.</param>
/// <param name="Column">1-based column in the line.</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="Message">What is wrong, in words an editor can act on.</param>
public sealed record ContentProblem(string Path, int Line, int Column, ProblemSeverity Severity, string Message)
{
    /// <summary>The code of the check that found it (<see cref="Checks.ContentChecks"/>), such as <c>MSI040</c>.</summary>
    public string Code { get; init; } = string.Empty;

    /// <summary>Formats the problem as <c>path:line:col: error|warning: message [code]</c>, as compilers do.</summary>
    public override string ToString() =>
        $"{Path}:{Line}:{Column}: {(Severity == ProblemSeverity.Error ? "error" : "warning")}: {Message}{(Code.Length > 0 ? $" [{Code}]" : string.Empty)}";
}
