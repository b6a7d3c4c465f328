using MuscleSpasmInfo.Content.Catalog;
using MuscleSpasmInfo.Content.Checks;

namespace MuscleSpasmInfo.Content.Build;

/// <summary>
/// The translations stage: which translation of an article serves each language. A translation whose source article is
/// missing is left out (MSI081), and of two translations of one article into one language the file named after the
/// source (<c>x.es.md</c> for <c>x</c>) keeps its place, failing that the first path; the other is left out (MSI082). Keyed
/// by translation slot (source and language), so it depends on the files claiming a slot and on whether its source has an
/// owner: a change to either re-decides that slot alone. The choice never depends on an earlier build, so an incremental
/// build and one from scratch decide alike.
/// </summary>
internal sealed class TranslationStage
{
    // Private to the stage, never in a snapshot, so plain collections: the slot each translation claims, the keys
    // claiming each slot, and the slots of each source.
    private readonly Dictionary<string, (string Source, string Slot)> _slotOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SortedSet<string>> _claims = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _slotsOfSource = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ContentProblem> _leftOut = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<ContentProblem>> _problemsByPath = new(StringComparer.Ordinal);

    /// <summary>True when the file serving <paramref name="key"/> is a translation left out.</summary>
    public bool IsLeftOut(string key) => _leftOut.ContainsKey(key);

    /// <summary>Why a file is left out as a translation, if it is.</summary>
    public IReadOnlyList<ContentProblem>? ProblemsOf(string path) => _problemsByPath.GetValueOrDefault(path);

    /// <summary>
    /// Re-decides the slots the changed keys claimed, claim now or are the source of; returns the keys whose being left
    /// out changed and the paths whose problems did.
    /// </summary>
    public (IReadOnlySet<string> Keys, IReadOnlySet<string> Paths) Run(StageResults<string, ParsedFile> owners, IReadOnlySet<string> ownersChanged, IReadOnlyDictionary<string, ParsedFile> ownersBefore)
    {
        var dirtySlots = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in ownersChanged)
        {
            if (_slotOf.Remove(key, out var old))
            {
                Unclaim(key, old.Source, old.Slot);
                dirtySlots.Add(old.Slot);
            }

            if (owners[key] is { SourceKey: { } source } file)
            {
                var slot = source + "|" + file.Language.Code;
                _slotOf[key] = (source, slot);
                Claim(key, source, slot);
                dirtySlots.Add(slot);
            }

            // The key may be a source whose article appeared or went: its translations are decided again.
            if (_slotsOfSource.TryGetValue(key, out var slots))
            {
                dirtySlots.UnionWith(slots);
            }
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        var paths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var slot in dirtySlots)
        {
            var claimants = _claims.GetValueOrDefault(slot);
            var decided = claimants is null ? [] : Decide(owners, [.. claimants]);
            foreach (var key in claimants ?? [])
            {
                var problem = decided.GetValueOrDefault(key);
                var had = _leftOut.GetValueOrDefault(key);
                if (problem is null ? had is null : problem == had)
                {
                    continue;
                }

                keys.Add(key);
                if (problem is null)
                {
                    _leftOut.Remove(key);
                }
                else
                {
                    _leftOut[key] = problem;
                }
            }
        }

        // Keys that no longer claim any slot are served as themselves.
        foreach (var key in ownersChanged.Where(k => !_slotOf.ContainsKey(k) && _leftOut.ContainsKey(k)))
        {
            _leftOut.Remove(key);
            keys.Add(key);
        }

        foreach (var key in keys.Concat(ownersChanged))
        {
            foreach (var path in new[] { ownersBefore.GetValueOrDefault(key)?.Path, owners[key]?.Path }.OfType<string>())
            {
                paths.Add(path);
            }
        }

        foreach (var path in paths)
        {
            _problemsByPath.Remove(path);
        }

        foreach (var (key, problem) in _leftOut)
        {
            if (paths.Contains(problem.Path))
            {
                _problemsByPath[problem.Path] = [problem];
            }
        }

        return (keys, paths);
    }

    /// <summary>The problem of each claimant left out of one slot; the one that keeps it has none.</summary>
    private static Dictionary<string, ContentProblem> Decide(StageResults<string, ParsedFile> owners, List<string> claimants)
    {
        var files = claimants.Select(k => (Key: k, File: owners[k]!)).OrderBy(c => c.File.Path, StringComparer.Ordinal).ToList();
        var source = files[0].File.SourceKey!;
        var result = new Dictionary<string, ContentProblem>(StringComparer.Ordinal);
        if (owners[source] is not { Language.IsDefault: true })
        {
            foreach (var (key, file) in files)
            {
                result[key] = ContentChecks.MissingSource.At(file.Path, file.LineOf(file.Meta?.TranslationOf is null ? "title" : "translationOf"), 1,
                    $"translation of a missing source: no default-language article has the slug '{source}'; set translationOf to the slug it translates, or rename the file");
            }

            return result;
        }

        var keeper = files.FirstOrDefault(c => c.File.FileNameSlug == source);
        keeper = keeper.File is null ? files[0] : keeper;
        foreach (var (key, file) in files.Where(c => c.Key != keeper.Key))
        {
            result[key] = ContentChecks.TwoTranslations.At(file.Path, file.LineOf("translationOf"), 1,
                $"two translations of '{source}' into {file.Language.Name}: {keeper.File.Path} and {file.Path}; {keeper.File.Path} is served");
        }

        return result;
    }

    private void Claim(string key, string source, string slot)
    {
        if (!_claims.TryGetValue(slot, out var claims))
        {
            _claims[slot] = claims = new SortedSet<string>(StringComparer.Ordinal);
        }

        claims.Add(key);
        if (!_slotsOfSource.TryGetValue(source, out var slots))
        {
            _slotsOfSource[source] = slots = new HashSet<string>(StringComparer.Ordinal);
        }

        slots.Add(slot);
    }

    private void Unclaim(string key, string source, string slot)
    {
        var claims = _claims[slot];
        claims.Remove(key);
        if (claims.Count == 0)
        {
            _claims.Remove(slot);
            _slotsOfSource[source].Remove(slot);
            if (_slotsOfSource[source].Count == 0)
            {
                _slotsOfSource.Remove(source);
            }
        }
    }
}
