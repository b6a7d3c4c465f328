using System.Collections.Immutable;
using MuscleSpasmInfo.Content.Catalog;
using MuscleSpasmInfo.Content.Checks;

namespace MuscleSpasmInfo.Content.Build;

/// <summary>
/// Every problem of the site, by file, in path and line order; and the files left out. A file's problems are gathered
/// again only when one of the stages that report on it changed them: its parse and acceptance, its slug, its aliases,
/// its site checks. Warnings turned off for the site or in the file's own <c>ignore</c> list are dropped here.
/// </summary>
internal sealed class ProblemList(IgnoredChecks site)
{
    private ImmutableSortedDictionary<string, IReadOnlyList<ContentProblem>> _byPath = ImmutableSortedDictionary.Create<string, IReadOnlyList<ContentProblem>>(StringComparer.Ordinal);
    private string[] _siteFiles = [];

    /// <summary>The files left out of the site because of errors.</summary>
    public ImmutableSortedSet<string> Skipped { get; private set; } = ImmutableSortedSet.Create<string>(StringComparer.Ordinal);

    /// <summary>
    /// Gathers the problems of <paramref name="changed"/> files again, sets those of the site's own files
    /// (<paramref name="siteProblems"/>, such as categories.yml's), and returns every problem in order.
    /// </summary>
    public List<ContentProblem> Run(
        IEnumerable<string> changed,
        StageResults<string, Accepted> accepted,
        SlugStage slugs,
        AliasStage aliases,
        CheckStage checks,
        IReadOnlyList<ContentProblem> siteProblems)
    {
        var byPath = _byPath.ToBuilder();
        var skipped = Skipped.ToBuilder();
        foreach (var path in changed)
        {
            var acceptance = accepted[path];
            var leftOut = slugs.LeftOut[path];
            var own = acceptance?.Served?.Meta is { Ignore.Count: > 0 } meta ? IgnoredChecks.From(meta.Ignore, path, acceptance.Served.LineOf("ignore")) : null;
            var kept = new List<ContentProblem>();
            foreach (var found in new[] { acceptance?.Problems, leftOut, aliases.ProblemsOf(path), checks.ProblemsOf(path), own?.Problems })
            {
                foreach (var problem in found ?? [])
                {
                    if (!site.Drops(problem) && own?.Drops(problem) != true)
                    {
                        kept.Add(problem);
                    }
                }
            }

            if (kept.Count == 0)
            {
                byPath.Remove(path);
            }
            else
            {
                byPath[path] = [.. kept.OrderBy(p => p.Line)];
            }

            if (acceptance?.Skipped == true || leftOut is not null)
            {
                skipped.Add(path);
            }
            else
            {
                skipped.Remove(path);
            }
        }

        // The site's own files (categories.yml, the folder, the ignore setting) are read on every build.
        foreach (var path in _siteFiles)
        {
            byPath.Remove(path);
        }

        foreach (var group in siteProblems.Concat(site.Problems).GroupBy(p => p.Path, StringComparer.Ordinal))
        {
            byPath[group.Key] = [.. group.OrderBy(p => p.Line)];
        }

        _siteFiles = [.. siteProblems.Concat(site.Problems).Select(p => p.Path).Distinct(StringComparer.Ordinal)];
        _byPath = byPath.ToImmutable();
        Skipped = skipped.ToImmutable();
        var problems = new List<ContentProblem>();
        foreach (var (_, list) in _byPath)
        {
            problems.AddRange(list);
        }

        return problems;
    }
}
