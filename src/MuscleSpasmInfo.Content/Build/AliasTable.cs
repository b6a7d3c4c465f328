using MuscleSpasmInfo.Content.Checks;
using MuscleSpasmInfo.Content.Catalog;
using MuscleSpasmInfo.Content.Routing;

namespace MuscleSpasmInfo.Content.Build;

/// <summary>The old URLs (front matter <c>aliases</c>) that redirect to the article now serving them.</summary>
internal static class AliasTable
{
    /// <summary>Alias path to slug; aliases that cannot work are warned about and left out.</summary>
    public static Dictionary<string, string> Resolve(IReadOnlyDictionary<string, ParsedFile> owners, List<ContentProblem> problems)
    {
        var aliases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (slug, file) in owners.Where(o => o.Value.Meta!.Aliases.Count > 0).OrderBy(o => o.Value.Path, StringComparer.Ordinal))
        {
            foreach (var alias in file.Meta!.Aliases)
            {
                var path = alias.TrimEnd('/');
                var line = file.LineOf("aliases");
                if (!path.StartsWith('/') || path.StartsWith("//", StringComparison.Ordinal) || path.Contains('?', StringComparison.Ordinal))
                {
                    problems.Add(ContentChecks.BadAlias.At(file.Path, line, 1, $"alias '{alias}' must be a site path starting with '/'; ignored"));
                }
                // Case-blind, as alias lookup is: an alias that differs from an article's URL only in case would loop.
                else if (path.StartsWith(ContentRoutes.ArticlePrefix, StringComparison.OrdinalIgnoreCase) && owners.ContainsKey(path[ContentRoutes.ArticlePrefix.Length..]))
                {
                    problems.Add(ContentChecks.BadAlias.At(file.Path, line, 1, $"alias '{alias}' collides with the article at that URL; ignored"));
                }
                else if (aliases.TryGetValue(path, out var owner))
                {
                    problems.Add(ContentChecks.BadAlias.At(file.Path, line, 1, $"alias '{alias}' is already an alias of '{owner}'; ignored"));
                }
                else
                {
                    aliases[path] = slug;
                }
            }
        }

        return aliases;
    }
}
