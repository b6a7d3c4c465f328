using MuscleSpasmInfo.Content.Catalog;

namespace MuscleSpasmInfo.Content.Checks;

/// <summary>
/// Remembers each unchanged file's site-wide check results between loads, so a reload after one edit re-checks one file.
/// The results of a file depend on its own parse and on what its links can point at (the slugs, their headings and the
/// media folder) and on today's date; when any of those change, everything is checked again.
/// </summary>
internal sealed class CheckCache
{
    private Dictionary<ParsedFile, List<ContentProblem>> _byFile = new(ReferenceEqualityComparer.Instance);
    private Dictionary<string, ParsedFile> _targets = new(StringComparer.Ordinal);
    private DateTime _media;
    private DateOnly _today;

    /// <summary>Starts a load: forgets everything when the link targets or the date differ from the last load's.</summary>
    public void Begin(IReadOnlyDictionary<string, ParsedFile> bySlug, string mediaFolder, DateOnly today)
    {
        var media = Directory.Exists(mediaFolder) ? Directory.GetLastWriteTimeUtc(mediaFolder) : DateTime.MinValue;
        if (today != _today || media != _media || !SameTargets(bySlug))
        {
            _byFile = new(ReferenceEqualityComparer.Instance);
        }

        _targets = new Dictionary<string, ParsedFile>(bySlug, StringComparer.Ordinal);
        _media = media;
        _today = today;
    }

    /// <summary>True when the same slugs exist with the same heading ids: an unchanged file is the same object, so cheap.</summary>
    private bool SameTargets(IReadOnlyDictionary<string, ParsedFile> bySlug)
    {
        if (bySlug.Count != _targets.Count)
        {
            return false;
        }

        foreach (var (slug, file) in bySlug)
        {
            if (!_targets.TryGetValue(slug, out var before))
            {
                return false;
            }

            if (!ReferenceEquals(before, file) && !before.Body!.Headings.Select(h => h.Id).SequenceEqual(file.Body!.Headings.Select(h => h.Id)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The problems of <paramref name="file"/>, computed by <paramref name="check"/> only when not remembered.</summary>
    public List<ContentProblem> For(ParsedFile file, Func<ParsedFile, List<ContentProblem>> check)
    {
        if (!_byFile.TryGetValue(file, out var problems))
        {
            _byFile[file] = problems = check(file);
        }

        return problems;
    }

    /// <summary>
    /// A load of a few changed files, which leaves every link target as it was: the file owning <paramref name="slug"/>
    /// is now <paramref name="after"/>, and what was remembered of <paramref name="before"/> is forgotten.
    /// </summary>
    public void Replace(string slug, ParsedFile before, ParsedFile after)
    {
        _targets[slug] = after;
        if (!ReferenceEquals(before, after))
        {
            _byFile.Remove(before);
        }
    }

    /// <summary>Ends a load: forgets files that are no longer part of the site.</summary>
    public void Keep(IEnumerable<ParsedFile> live)
    {
        var keep = live.ToHashSet(ReferenceEqualityComparer.Instance);
        foreach (var gone in _byFile.Keys.Where(f => !keep.Contains(f)).ToList())
        {
            _byFile.Remove(gone);
        }
    }
}
