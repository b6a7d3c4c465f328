using MuscleSpasmInfo.Content.Catalog;
using MuscleSpasmInfo.Content.Checks;

namespace MuscleSpasmInfo.Content.Build;

/// <summary>
/// The slug stage: which file serves each slug (within each language: keyed by <see cref="ParsedFile.Key"/>). When two files ask for one slug, the file whose name is the slug keeps
/// it; failing that, the file that served it before, so a half-finished copy saved under another name never takes a
/// live page's URL; only with neither, the path that sorts first. The files left out get an error naming both. Depends
/// on the served version of each file claiming the slug and on who served it before.
/// </summary>
internal sealed class SlugStage
{
    // Private to the stage, never in a snapshot, so plain collections: which files claim each slug, and each file's slug.
    private readonly Dictionary<string, SortedSet<string>> _claims = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _slugOfPath = new(StringComparer.Ordinal);

    /// <summary>The file serving each slug.</summary>
    public StageResults<string, ParsedFile> Owners { get; } = new(StringComparer.Ordinal);

    /// <summary>The duplicate-slug error of each file left out because another file has its slug.</summary>
    public StageResults<string, IReadOnlyList<ContentProblem>> LeftOut { get; } = new(StringComparer.Ordinal);

    /// <summary>Re-resolves the slugs the changed files claimed or claim now; returns the slugs whose owner changed.</summary>
    public (IReadOnlySet<string> Owners, IReadOnlySet<string> LeftOut) Run(StageResults<string, Accepted> accepted, IReadOnlySet<string> acceptChanged, BuildState before)
    {
        var dirtySlugs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in acceptChanged)
        {
            if (_slugOfPath.Remove(path, out var old))
            {
                var claims = _claims[old];
                claims.Remove(path);
                if (claims.Count == 0)
                {
                    _claims.Remove(old);
                }

                dirtySlugs.Add(old);
            }

            if (accepted[path]?.Served is { } served)
            {
                if (!_claims.TryGetValue(served.Key, out var claims))
                {
                    _claims[served.Key] = claims = new SortedSet<string>(StringComparer.Ordinal);
                }

                claims.Add(path);
                _slugOfPath[path] = served.Key;
                dirtySlugs.Add(served.Key);
            }
        }

        var ownersChanged = Owners.Update(dirtySlugs, (slug, _) => _claims.TryGetValue(slug, out var paths)
            ? Choose(slug, [.. paths.Select(p => accepted[p]!.Served!)], before.Owners.GetValueOrDefault(slug)?.Path)
            : null);

        // The files that claim a re-resolved slug, or claimed it before this build, may have become or stopped being left out.
        var claimants = new HashSet<string>(acceptChanged, StringComparer.Ordinal);
        foreach (var slug in dirtySlugs)
        {
            claimants.UnionWith(_claims.GetValueOrDefault(slug) ?? []);
        }

        var leftOutChanged = LeftOut.Update(claimants, (path, before) => LeftOutProblem(path, accepted, before));
        return (ownersChanged, leftOutChanged);
    }

    private IReadOnlyList<ContentProblem>? LeftOutProblem(string path, StageResults<string, Accepted> accepted, IReadOnlyList<ContentProblem>? before)
    {
        if (!_slugOfPath.TryGetValue(path, out var slug) || Owners[slug] is not { } owner || owner.Path == path)
        {
            return null;
        }

        var file = accepted[path]!.Served!;
        var problem = ContentChecks.DuplicateSlug.At(path, file.LineOf("slug"), 1,
            $"duplicate slug '{slug}': {owner.Path} and {path} both use it; {owner.Path} is served");
        return before is [{ } same] && same == problem ? before : [problem];
    }

    private static ParsedFile Choose(string slug, List<ParsedFile> claimants, string? pathBefore)
    {
        var named = claimants.Where(c => c.FileNameKey == slug).ToList();
        var candidates = named.Count > 0 ? named : claimants;
        return candidates.FirstOrDefault(c => c.Path == pathBefore) ?? candidates[0];
    }
}
