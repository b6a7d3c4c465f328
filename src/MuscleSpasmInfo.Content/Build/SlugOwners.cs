using MuscleSpasmInfo.Content.Checks;
using MuscleSpasmInfo.Content.Catalog;

namespace MuscleSpasmInfo.Content.Build;

/// <summary>
/// Which file serves each slug. When two files ask for one slug, the file whose name is the slug keeps it; failing that,
/// the file that served it before, so a half-finished copy saved under another name never takes a live page's URL; only
/// with neither, the path that sorts first. The files left out get an error naming both.
/// </summary>
internal static class SlugOwners
{
    /// <summary>The owner of each slug; <paramref name="files"/> come in path order.</summary>
    public static Dictionary<string, ParsedFile> Resolve(
        IEnumerable<ParsedFile> files,
        Func<string, string?> ownerBefore,
        List<ContentProblem> problems,
        List<string> leftOut)
    {
        var claims = new Dictionary<string, List<ParsedFile>>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (!claims.TryGetValue(file.Slug, out var claimants))
            {
                claims[file.Slug] = claimants = new List<ParsedFile>(1);
            }

            claimants.Add(file);
        }

        var owners = new Dictionary<string, ParsedFile>(claims.Count, StringComparer.Ordinal);
        foreach (var (slug, claimants) in claims)
        {
            var owner = claimants.Count == 1 ? claimants[0] : Choose(slug, claimants, ownerBefore(slug));
            owners[slug] = owner;
            foreach (var other in claimants.Where(c => !ReferenceEquals(c, owner)))
            {
                problems.Add(ContentChecks.DuplicateSlug.At(other.Path, other.LineOf("slug"), 1,
                    $"duplicate slug '{slug}': {owner.Path} and {other.Path} both use it; {owner.Path} is served"));
                leftOut.Add(other.Path);
            }
        }

        return owners;
    }

    private static ParsedFile Choose(string slug, List<ParsedFile> claimants, string? pathBefore)
    {
        var named = claimants.Where(c => c.FileNameSlug == slug).ToList();
        var candidates = named.Count > 0 ? named : claimants;
        return candidates.FirstOrDefault(c => c.Path == pathBefore) ?? candidates[0];
    }
}
