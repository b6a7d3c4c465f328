namespace MuscleSpasmInfo.Content.Checks;

/// <summary>
/// Warnings an editor turned off: for the whole site in configuration (<c>Content:IgnoreChecks</c>), or for one file in
/// its front matter (<c>ignore: [MSI052]</c>). Errors are never dropped: a file that cannot be served must say why. An
/// ignore list that names an unknown check or an error is itself a warning, so a typo does not silently ignore nothing.
/// </summary>
internal sealed class IgnoredChecks
{
    /// <summary>Where a problem with the site's own ignore list is reported.</summary>
    public const string SiteSetting = "Content:IgnoreChecks";

    private readonly HashSet<string> _codes;

    private IgnoredChecks(HashSet<string> codes, IReadOnlyList<ContentProblem> problems)
    {
        _codes = codes;
        Problems = problems;
    }

    /// <summary>What is wrong with the list itself.</summary>
    public IReadOnlyList<ContentProblem> Problems { get; }

    /// <summary>The list <paramref name="codes"/>, written at <paramref name="path"/>:<paramref name="line"/>.</summary>
    public static IgnoredChecks From(IEnumerable<string> codes, string path, int line)
    {
        var valid = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var problems = new List<ContentProblem>();
        foreach (var code in codes)
        {
            switch (ContentChecks.Find(code))
            {
                case { Severity: ProblemSeverity.Warning } check:
                    valid.Add(check.Code);
                    break;
                case { } error:
                    problems.Add(ContentChecks.BadIgnore.At(path, line, 1, $"ignore names {error.Code}, an error: errors cannot be turned off"));
                    break;
                default:
                    problems.Add(ContentChecks.BadIgnore.At(path, line, 1, $"ignore names '{code}', which is not a check (see check --list)"));
                    break;
            }
        }

        return new IgnoredChecks(valid, problems);
    }

    /// <summary>True when <paramref name="problem"/> is a warning this list turns off.</summary>
    public bool Drops(ContentProblem problem) => problem.Severity == ProblemSeverity.Warning && _codes.Contains(problem.Code);
}
