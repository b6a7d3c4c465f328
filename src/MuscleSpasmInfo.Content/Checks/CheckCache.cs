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
    private int _signature;
    private DateOnly _today;

    /// <summary>Starts a load: forgets everything when the link targets or the date differ from the last load's.</summary>
    public void Begin(IReadOnlyDictionary<string, ParsedFile> bySlug, string mediaFolder, DateOnly today)
    {
        var signature = new HashCode();
        foreach (var (slug, file) in bySlug)
        {
            signature.Add(slug);
            foreach (var heading in file.Body!.Headings)
            {
                signature.Add(heading.Id);
            }
        }

        signature.Add(Directory.Exists(mediaFolder) ? Directory.GetLastWriteTimeUtc(mediaFolder) : DateTime.MinValue);
        var value = signature.ToHashCode();
        if (value != _signature || today != _today)
        {
            _byFile = new(ReferenceEqualityComparer.Instance);
            _signature = value;
            _today = today;
        }
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
