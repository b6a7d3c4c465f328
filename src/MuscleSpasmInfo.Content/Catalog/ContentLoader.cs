using System.Diagnostics;
using MuscleSpasmInfo.Content.Build;
using MuscleSpasmInfo.Content.Checks;

namespace MuscleSpasmInfo.Content.Catalog;

/// <summary>
/// Builds <see cref="ContentSnapshot"/>s from the content folder, as one chain of stages: list the folder, parse each
/// file, accept it against the categories, resolve slugs, make articles, check links, catalogue. Each stage remembers its
/// results with the inputs they came from, so a build after an edit recomputes only what depends on the edit; the first
/// build is the same build with nothing remembered. One loader lives as long as the site.
/// </summary>
public sealed class ContentLoader
{
    /// <summary>The file naming groups of words that search treats alike.</summary>
    public const string SynonymsFileName = SiteFiles.SynonymsFileName;

    private readonly ContentOptions _options;
    private readonly TimeProvider _clock;
    private readonly Lock _gate = new();
    private readonly ContentFolder _folder;
    private readonly SiteFiles _siteFiles;
    private readonly ParseStage _parse;
    private readonly AcceptStage _accept = new();
    private readonly ArticleStage _articles;
    private readonly CheckStage _checks;
    private ContentSnapshot? _last;
    private long _version;

    /// <summary>Creates a loader for the folder in <paramref name="options"/>.</summary>
    public ContentLoader(ContentOptions options, Markdown.MarkdownRenderer renderer, TimeProvider? clock = null)
    {
        _options = options;
        _clock = clock ?? TimeProvider.System;
        _folder = new ContentFolder(options.Path);
        _siteFiles = new SiteFiles(_folder.Root);
        _parse = new ParseStage(new FileParser(renderer, options.TimeZone));
        _articles = new ArticleStage(options);
        _checks = new CheckStage(options);
    }

    /// <summary>The content folder's full path.</summary>
    public string Root => _folder.Root;

    /// <summary>
    /// Builds a new snapshot, continuing from the last one this loader built. Never throws for bad content: problems are
    /// in the snapshot. <paramref name="changedPaths"/> (full paths, as a file watcher reports them) say which files to
    /// look at again; without them every file's stamp is looked at.
    /// </summary>
    public ContentSnapshot Load(IReadOnlyCollection<string>? changedPaths = null)
    {
        lock (_gate)
        {
            return _last = Build(_folder.Scan(changedPaths), _last?.State ?? BuildState.Empty);
        }
    }

    /// <summary>
    /// Builds a snapshot that continues from <paramref name="previous"/> (its last good versions and slug owners) rather
    /// than from this loader's last one: with a new loader, a build from scratch that must agree with an incremental one.
    /// </summary>
    internal ContentSnapshot LoadAfter(ContentSnapshot previous)
    {
        lock (_gate)
        {
            return _last = Build(_folder.Scan(null), previous.State);
        }
    }

    /// <summary>The files whose front matter turns warnings off, with the line of their <c>ignore</c> field.</summary>
    private static Dictionary<string, (IReadOnlyList<string> Codes, int Line)> IgnoreLists(IEnumerable<ParsedFile> files) =>
        files.Where(f => f.Meta!.Ignore.Count > 0).ToDictionary(f => f.Path, f => (f.Meta!.Ignore, f.LineOf("ignore")), StringComparer.Ordinal);

    private ContentSnapshot Build(FolderScan scan, BuildState before)
    {
        var watch = Stopwatch.StartNew();
        // Today as the site's readers count days, so an article dated for tomorrow appears at their midnight.
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(_clock.GetUtcNow(), _options.TimeZone).DateTime);
        var problems = new List<ContentProblem>();
        if (!scan.Exists)
        {
            problems.Add(ContentChecks.NoFolder.At(".", 1, 1, $"the content folder {Root} does not exist"));
        }

        var (categories, categorySlugs) = scan.Exists ? _siteFiles.Categories(before.Categories, problems) : (before.Categories, before.Categories.Select(c => c.Slug).ToHashSet(StringComparer.Ordinal));
        var synonyms = scan.Exists ? _siteFiles.Synonyms() : [];
        var parsed = _parse.Run(scan.Files);
        var parseTime = watch.Elapsed;

        var accepted = _accept.Run(parsed, categorySlugs, path => before.Served.GetValueOrDefault(path));
        var skipped = new List<string>();
        var served = new Dictionary<string, ParsedFile>(parsed.Length, StringComparer.Ordinal);
        for (var i = 0; i < parsed.Length; i++)
        {
            problems.AddRange(accepted[i].Problems);
            if (accepted[i].Skipped)
            {
                skipped.Add(parsed[i].Path);
            }

            if (accepted[i].Served is { } file)
            {
                served[file.Path] = file;
            }
        }

        var owners = SlugOwners.Resolve(served.Values, slug => before.OwnerPaths.GetValueOrDefault(slug), problems, skipped);
        var articles = _articles.Run(owners, today);
        var aliases = AliasTable.Resolve(owners, problems);
        _checks.Run(owners, scan.Media, today, problems);
        var checkTime = watch.Elapsed - parseTime;

        // Stable, so one file's problems on one line keep the order they were found in, however the build went.
        problems = [.. IgnoredChecks.Apply(problems, _options.IgnoreChecks, IgnoreLists(served.Values))
            .OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Line)];
        skipped.Sort(StringComparer.Ordinal);
        var state = new BuildState(served, owners.ToDictionary(o => o.Key, o => o.Value.Path, StringComparer.Ordinal), categories);
        var timings = new LoadTimings(parseTime, checkTime, scan.Files.Count, _parse.Computed, _checks.Computed);
        return new ContentSnapshot(
            Interlocked.Increment(ref _version), _clock.GetUtcNow(), articles.Articles, categories, aliases, problems, [.. skipped.Distinct()],
            synonyms, articles.NextPublication, state, timings);
    }
}
