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
    private int _count;

    /// <summary>
    /// How many of the last list's problems are errors, kept up to date file by file as lists are replaced: what the
    /// log line says after each build, without a walk of every problem (200,000 warnings at 100,000 generated articles,
    /// scattered over the heap, were 29 % of an edit's build in a profile).
    /// </summary>
    public int Errors { get; private set; }

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
        TranslationStage translations,
        IReadOnlyList<ContentProblem> siteProblems)
    {
        // Each file's list is made on its own (in parallel for a first build), then put in order.
        var paths = changed.ToArray();
        var lists = new List<ContentProblem>[paths.Length];
        if (paths.Length >= 256)
        {
            Parallel.For(0, paths.Length, Parallelism.Options(), i => lists[i] = Gather(paths[i], accepted, slugs, aliases, checks, translations));
        }
        else
        {
            for (var i = 0; i < paths.Length; i++)
            {
                lists[i] = Gather(paths[i], accepted, slugs, aliases, checks, translations);
            }
        }

        var byPath = _byPath.ToBuilder();
        var skipped = Skipped.ToBuilder();
        for (var i = 0; i < paths.Length; i++)
        {
            var path = paths[i];
            Replace(byPath, path, lists[i]);

            if (accepted[path]?.Skipped == true || slugs.LeftOut[path] is not null || translations.ProblemsOf(path) is not null)
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
            Replace(byPath, path, []);
        }

        foreach (var group in siteProblems.Concat(site.Problems).GroupBy(p => p.Path, StringComparer.Ordinal))
        {
            Replace(byPath, group.Key, [.. group.OrderBy(p => p.Line)]);
        }

        _siteFiles = [.. siteProblems.Concat(site.Problems).Select(p => p.Path).Distinct(StringComparer.Ordinal)];
        _byPath = byPath.ToImmutable();
        Skipped = skipped.ToImmutable();
        // Sized as the last list was: an edit changes the count by a few, and growing a list of 200,000 from empty, then
        // copying it at each doubling, was a tenth of an edit's build at 100,000 articles.
        var problems = new List<ContentProblem>(_count + 16);
        foreach (var (_, list) in _byPath)
        {
            problems.AddRange(list);
        }

        _count = problems.Count;
        return problems;
    }

    /// <summary>Puts <paramref name="path"/>'s problems in place of its last ones (none: removes it), counting the errors that go and come.</summary>
    private void Replace(ImmutableSortedDictionary<string, IReadOnlyList<ContentProblem>>.Builder byPath, string path, List<ContentProblem> problems)
    {
        if (byPath.TryGetValue(path, out var last))
        {
            Errors -= ErrorsIn(last);
        }

        Errors += ErrorsIn(problems);
        if (problems.Count == 0)
        {
            byPath.Remove(path);
        }
        else
        {
            byPath[path] = problems;
        }
    }

    private static int ErrorsIn(IReadOnlyList<ContentProblem> problems)
    {
        var errors = 0;
        for (var i = 0; i < problems.Count; i++)
        {
            errors += problems[i].Severity == ProblemSeverity.Error ? 1 : 0;
        }

        return errors;
    }

    /// <summary>One file's problems from every stage, without the warnings it or the site turned off, in line order.</summary>
    private List<ContentProblem> Gather(string path, StageResults<string, Accepted> accepted, SlugStage slugs, AliasStage aliases, CheckStage checks, TranslationStage translations)
    {
        var acceptance = accepted[path];
        var own = acceptance?.Served?.Meta is { Ignore.Count: > 0 } meta ? IgnoredChecks.From(meta.Ignore, path, acceptance.Served.LineOf("ignore")) : null;
        var kept = new List<ContentProblem>();
        foreach (var found in new[] { acceptance?.Problems, slugs.LeftOut[path], translations.ProblemsOf(path), aliases.ProblemsOf(path), checks.ProblemsOf(path), own?.Problems })
        {
            foreach (var problem in found ?? [])
            {
                if (!site.Drops(problem) && own?.Drops(problem) != true)
                {
                    kept.Add(problem);
                }
            }
        }

        // Stable, so one line's problems keep the order the stages found them in.
        return [.. kept.OrderBy(p => p.Line)];
    }
}
