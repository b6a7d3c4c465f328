using MuscleSpasmInfo.Content.Catalog;
using MuscleSpasmInfo.Content.Checks;

namespace MuscleSpasmInfo.Content.Build;

/// <summary>
/// The site checks stage: each served file checked against the rest of the site. Depends on the file, today, and what
/// <see cref="ArticleChecks.InputsOf"/> declares it reads of other files and of media/, so editing one article re-checks
/// it and the files that link to it, and nothing else.
/// </summary>
internal sealed class CheckStage(ContentOptions options)
{
    private readonly Memo<string, (ParsedFile File, DateOnly Today, CheckTargets Targets), IReadOnlyList<ContentProblem>> _memo = new(StringComparer.Ordinal);

    /// <summary>How many files the last run checked.</summary>
    public int Computed { get; private set; }

    public void Run(IReadOnlyDictionary<string, ParsedFile> owners, IReadOnlySet<string> media, DateOnly today, List<ContentProblem> problems)
    {
        var checks = new ArticleChecks(options, owners, media, today);
        foreach (var file in owners.Values)
        {
            problems.AddRange(_memo.Get(file.Path, (file, today, checks.InputsOf(file)), inputs => checks.Check(inputs.File)));
        }

        Computed = _memo.Computed;
        _memo.Complete();
    }
}
