using System.Collections.Immutable;
using MuscleSpasmInfo.Content.Catalog;
using MuscleSpasmInfo.Content.Checks;
using MuscleSpasmInfo.Content.Routing;

namespace MuscleSpasmInfo.Content.Build;

/// <summary>
/// The aliases stage: old URLs (front matter <c>aliases</c>) that redirect to the article serving them. Depends on the
/// files that have aliases and on which slugs have an owner (an alias must not take an article's own URL), so it is
/// made again only when a file with aliases changes or a slug gains or loses its owner: a plain edit leaves it alone.
/// </summary>
internal sealed class AliasStage
{
    private ImmutableSortedDictionary<string, (string Slug, ParsedFile File)> _withAliases = ImmutableSortedDictionary.Create<string, (string, ParsedFile)>(StringComparer.Ordinal);
    private ImmutableDictionary<string, IReadOnlyList<ContentProblem>> _problems = ImmutableDictionary.Create<string, IReadOnlyList<ContentProblem>>(StringComparer.Ordinal);

    /// <summary>Alias path to slug.</summary>
    public ImmutableDictionary<string, string> Aliases { get; private set; } = ImmutableDictionary.Create<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The alias problems of a file, if any.</summary>
    public IReadOnlyList<ContentProblem>? ProblemsOf(string path) => _problems.GetValueOrDefault(path);

    /// <summary>Makes the table again when what it depends on changed; returns the paths whose alias problems changed.</summary>
    public IReadOnlySet<string> Run(StageResults<string, ParsedFile> owners, IReadOnlySet<string> ownersChanged, IReadOnlyDictionary<string, ParsedFile> ownersBefore)
    {
        var remake = false;
        foreach (var slug in ownersChanged)
        {
            var (before, now) = (ownersBefore.GetValueOrDefault(slug), owners[slug]);
            remake |= before is null || now is null || before.Meta!.Aliases.Count > 0 || now.Meta!.Aliases.Count > 0;
            if (before is not null)
            {
                _withAliases = _withAliases.Remove(before.Path);
            }

            if (now is { Meta.Aliases.Count: > 0 })
            {
                _withAliases = _withAliases.SetItem(now.Path, (slug, now));
            }
        }

        if (!remake)
        {
            return new HashSet<string>();
        }

        var aliases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var problems = new Dictionary<string, List<ContentProblem>>(StringComparer.Ordinal);
        foreach (var (path, (slug, file)) in _withAliases)
        {
            foreach (var alias in file.Meta!.Aliases)
            {
                var target = alias.TrimEnd('/');
                var line = file.LineOf("aliases");
                string? why = null;
                if (!target.StartsWith('/') || target.StartsWith("//", StringComparison.Ordinal) || target.Contains('?', StringComparison.Ordinal))
                {
                    why = $"alias '{alias}' must be a site path starting with '/'; ignored";
                }

                // Case-blind, as alias lookup is: an alias that differs from an article's URL only in case would loop.
                else if (ContentRoutes.ArticleKeyOf(target.ToLowerInvariant()) is { } key && owners[key] is not null)
                {
                    why = $"alias '{alias}' collides with the article at that URL; ignored";
                }
                else if (aliases.TryGetValue(target, out var owner))
                {
                    why = $"alias '{alias}' is already an alias of '{owner}'; ignored";
                }
                else
                {
                    aliases[target] = slug;
                }

                if (why is not null)
                {
                    (problems.TryGetValue(path, out var list) ? list : problems[path] = []).Add(ContentChecks.BadAlias.At(path, line, 1, why));
                }
            }
        }

        var changed = new HashSet<string>(_problems.Keys.Concat(problems.Keys), StringComparer.Ordinal);
        Aliases = aliases.ToImmutableDictionary(StringComparer.OrdinalIgnoreCase);
        _problems = problems.ToImmutableDictionary(p => p.Key, p => (IReadOnlyList<ContentProblem>)p.Value, StringComparer.Ordinal);
        return changed;
    }
}
