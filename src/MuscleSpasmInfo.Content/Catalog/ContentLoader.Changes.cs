namespace MuscleSpasmInfo.Content.Catalog;

/// <summary>Loading after an edit: only the changed files are read, and the last snapshot is patched rather than rebuilt.</summary>
public sealed partial class ContentLoader
{
    // Past this many files at once (a checkout, a bulk edit) reading the whole folder is as quick and simpler.
    private const int MostChangesPatched = 64;

    /// <summary>
    /// Patches the last snapshot for edits of existing articles, or returns null when the change needs a full load: a file
    /// added, removed or renamed, anything but an article, a changed slug, visibility, heading or alias (other files'
    /// links and checks depend on those), a new day, or an edit that leaves a file with nothing good to serve.
    /// </summary>
    private ContentSnapshot? TryLoadChanges(IReadOnlyCollection<string> changedPaths, DateOnly today)
    {
        if (_last is not { } last || last.Today != today || changedPaths.Count is 0 or > MostChangesPatched)
        {
            return null;
        }

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var edits = new List<Edit>();
        foreach (var fullPath in changedPaths.Distinct(StringComparer.Ordinal))
        {
            if (ReadEdit(last, fullPath) is not { } edit)
            {
                return null;
            }

            edits.Add(edit);
        }

        var parsed = watch.Elapsed;
        var replaced = new List<(Article Old, Article New)>();
        foreach (var edit in edits)
        {
            last.Accept(edit.Path, edit.Slug, edit.Served, skipped: !ReferenceEquals(edit.Served, edit.Parsed));
            _checkCache.Replace(edit.Slug, edit.Before, edit.Served);
            List<ContentProblem> problems = [.. edit.Problems, .. _checkCache.For(edit.Served, last.Site.Checks.Check)];
            last.SetProblems(edit.Path, [.. problems.OrderBy(p => p.Line)]);
            if (!ReferenceEquals(edit.Before, edit.Served))
            {
                replaced.Add((edit.Article, SiteResolver.WithoutDeadLinks(edit.Next, slug => last.Snapshot.FindArticle(slug) is not null)));
            }
        }

        var checkedAt = watch.Elapsed;
        var snapshot = last.Snapshot.WithReplaced(Interlocked.Increment(ref _version), _clock.GetUtcNow(), replaced, last.AllProblems(), last.Skipped());
        snapshot.Timings = new LoadTimings(parsed, checkedAt - parsed, watch.Elapsed - checkedAt, Patched: true);
        last.Snapshot = snapshot;
        _lastRelated = snapshot.RelatedIndex;
        return snapshot;
    }

    /// <summary>Reads one changed file; null unless it is a served article that stays at its URL with the same headings.</summary>
    private Edit? ReadEdit(LoadState last, string fullPath)
    {
        if (!fullPath.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            || !fullPath.EndsWith(".md", StringComparison.Ordinal)
            || !File.Exists(fullPath))
        {
            return null;
        }

        var relative = Path.GetRelativePath(Root, fullPath).Replace('\\', '/');
        if (relative.Split('/').Any(segment => segment.StartsWith('.')) || !last.Served.TryGetValue(relative, out var before))
        {
            return null; // hidden (never loaded), or new, or skipped with nothing to serve: a full load decides
        }

        var slug = SiteResolver.SlugOf(before);
        var parsed = ParseCached(fullPath);
        var (served, problems) = Accept(parsed, last.Resolver);
        if (served is null
            || last.Snapshot.FindArticle(slug) is not { } article
            || !ReferenceEquals(last.Site.BySlug.GetValueOrDefault(slug), before)
            || SiteResolver.SlugOf(served) != slug
            || last.Resolver.ToArticle(slug, served) is not { } next
            || before.Meta!.Aliases.Count > 0
            || served.Meta!.Aliases.Count > 0
            || !before.Body!.Headings.Select(h => h.Id).SequenceEqual(served.Body!.Headings.Select(h => h.Id), StringComparer.Ordinal))
        {
            return null;
        }

        return new Edit(relative, slug, before, parsed, served, problems, article, next);
    }

    /// <summary>
    /// One changed file: the version served before, the one just read, and the one to serve now; the article as it was
    /// and as the served version makes it.
    /// </summary>
    private sealed record Edit(string Path, string Slug, ParsedFile Before, ParsedFile Parsed, ParsedFile Served, List<ContentProblem> Problems, Article Article, Article Next);

    /// <summary>What the last load knew, for patching it: which file version each path serves and each file's problems.</summary>
    private sealed class LoadState
    {
        private readonly SortedDictionary<string, IReadOnlyList<ContentProblem>> _problems = new(StringComparer.Ordinal);
        private readonly SortedSet<string> _skipped = new(StringComparer.Ordinal);

        public LoadState(ContentSnapshot snapshot, DateOnly today, SiteResolver resolver, ResolvedSite site, IEnumerable<ParsedFile> served, IReadOnlyList<ContentProblem> problems, IEnumerable<string> skipped)
        {
            Snapshot = snapshot;
            Today = today;
            Resolver = resolver;
            Site = site;
            Served = served.ToDictionary(f => f.Path, StringComparer.Ordinal);
            foreach (var group in problems.GroupBy(p => p.Path, StringComparer.Ordinal))
            {
                _problems[group.Key] = [.. group];
            }

            _skipped.UnionWith(skipped);
        }

        public ContentSnapshot Snapshot { get; set; }

        public DateOnly Today { get; }

        public SiteResolver Resolver { get; }

        public ResolvedSite Site { get; }

        /// <summary>The version of each file the site serves, by path: the file itself, or its last good version.</summary>
        public Dictionary<string, ParsedFile> Served { get; }

        public void Accept(string path, string slug, ParsedFile served, bool skipped)
        {
            Served[path] = served;
            Site.BySlug[slug] = served;
            if (skipped)
            {
                _skipped.Add(path);
            }
            else
            {
                _skipped.Remove(path);
            }
        }

        public void SetProblems(string path, IReadOnlyList<ContentProblem> problems)
        {
            if (problems.Count == 0)
            {
                _problems.Remove(path);
            }
            else
            {
                _problems[path] = problems;
            }
        }

        /// <summary>Every problem in path and line order, as a full load lists them.</summary>
        public List<ContentProblem> AllProblems()
        {
            var all = new List<ContentProblem>();
            foreach (var problems in _problems.Values)
            {
                all.AddRange(problems);
            }

            return all;
        }

        public List<string> Skipped() => [.. _skipped];
    }
}
