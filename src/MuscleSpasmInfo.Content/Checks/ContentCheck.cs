namespace MuscleSpasmInfo.Content.Checks;

/// <summary>One content check: a stable code editors can name, its severity, what it reads, and what it finds.</summary>
/// <param name="Code">The stable code, such as <c>MSI040</c>, printed with each problem and named in <c>ignore</c> lists.</param>
/// <param name="Severity">Errors keep a file out of the site; warnings do not, and can be turned off.</param>
/// <param name="Inputs">What the check reads.</param>
/// <param name="Finds">What it finds, in a few words, as <c>check --list</c> and the README's table show it.</param>
public sealed record ContentCheck(string Code, ProblemSeverity Severity, CheckInputs Inputs, string Finds)
{
    /// <summary>A problem this check found at a place in a file.</summary>
    public ContentProblem At(string path, int line, int column, string message) =>
        new(path, line, column, Severity, message) { Code = Code };

    /// <summary>The check's line in <c>check --list</c>: code, severity, inputs, what it finds.</summary>
    public override string ToString() =>
        $"{Code}  {(Severity == ProblemSeverity.Error ? "error  " : "warning")}  {Finds} (reads: {Inputs.ToString().ToLowerInvariant()})";
}
