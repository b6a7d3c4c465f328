namespace MuscleSpasmInfo.Content.Checks;

/// <summary>
/// Warnings an editor turned off: for the whole site in configuration (<c>Content:IgnoreChecks</c>), or for one file in
/// its front matter (<c>ignore: [MSI052]</c>). Errors are never dropped: a file that cannot be served must say why. An
/// ignore list that names an unknown check or an error is itself a warning, so a typo does not silently ignore nothing.
/// </summary>
internal static class IgnoredChecks
{
    /// <summary>Where a problem with the site's own ignore list is reported.</summary>
    public const string SiteSetting = "Content:IgnoreChecks";

    /// <summary>
    /// The problems left once the ignored warnings are dropped, with any problem of the ignore lists themselves.
    /// <paramref name="fileIgnores"/> holds the files that have an ignore list, with the line it is written on.
    /// </summary>
    public static List<ContentProblem> Apply(
        IReadOnlyList<ContentProblem> problems,
        IEnumerable<string> siteIgnores,
        IReadOnlyDictionary<string, (IReadOnlyList<string> Codes, int Line)> fileIgnores)
    {
        var kept = new List<ContentProblem>(problems.Count);
        var site = Valid(siteIgnores, SiteSetting, 1, kept);
        var byFile = fileIgnores.ToDictionary(f => f.Key, f => Valid(f.Value.Codes, f.Key, f.Value.Line, kept), StringComparer.Ordinal);
        foreach (var problem in problems)
        {
            var ignored = site.Contains(problem.Code) || (byFile.TryGetValue(problem.Path, out var own) && own.Contains(problem.Code));
            if (problem.Severity == ProblemSeverity.Error || !ignored)
            {
                kept.Add(problem);
            }
        }

        return kept;
    }

    /// <summary>The codes of warnings in <paramref name="codes"/>; each other code is reported at <paramref name="path"/>.</summary>
    private static HashSet<string> Valid(IEnumerable<string> codes, string path, int line, List<ContentProblem> problems)
    {
        var valid = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
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

        return valid;
    }
}
