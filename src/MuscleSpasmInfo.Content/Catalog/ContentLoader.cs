using MuscleSpasmInfo.Content.Languages;
using System.Diagnostics;
using MuscleSpasmInfo.Content.Build;
using MuscleSpasmInfo.Content.Checks;

namespace MuscleSpasmInfo.Content.Catalog;

/// <summary>
/// Builds <see cref="ContentSnapshot"/>s from the content folder, as one chain of stages (<c>Build/</c>): list the folder,
/// parse each file, accept it against the categories, resolve slugs, make articles, resolve aliases, check links, gather
/// problems, catalogue. Each stage keeps its results and, from what it declares it reads, works out which of them the
/// changes of the stages before it touch, so a build after an edit recomputes only what depends on the edit; the first
/// build is the same build with nothing kept and every file changed. One loader lives as long as the site, and owns the
/// build cache it is given.
/// </summary>
public sealed class ContentLoader : IDisposable
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
    private readonly SlugStage _slugs = new();
    private readonly TranslationStage _translations = new();
    private readonly LanguageTable _languages;
    private readonly ArticleStage _articles;
    private readonly AliasStage _aliases = new();
    private readonly CheckStage _checks;
    private readonly CatalogStage _catalog = new();
    private readonly ProblemList _problems;
    private readonly BuildCache? _cache;
    private ContentSnapshot? _last;
    private long _version;

    /// <summary>
    /// Creates a loader for the folder in <paramref name="options"/>; given a <paramref name="cache"/>, files whose parse
    /// it holds are not parsed again, and <see cref="SaveCache"/> writes the parses this loader made.
    /// </summary>
    public ContentLoader(ContentOptions options, Markdown.MarkdownRenderer renderer, TimeProvider? clock = null, BuildCache? cache = null)
    {
        _cache = cache;
        _options = options;
        _clock = clock ?? TimeProvider.System;
        _languages = LanguageTable.From(options);
        _folder = new ContentFolder(options.Path);
        _siteFiles = new SiteFiles(_folder.Root, _languages.Default);
        _parse = new ParseStage(new FileParser(renderer, options.TimeZone, _languages), cache);
        _articles = new ArticleStage(options);
        _checks = new CheckStage(options);
        _problems = new ProblemList(IgnoredChecks.From(options.IgnoreChecks, IgnoredChecks.SiteSetting, 1));
    }

    /// <summary>The languages the site publishes in, as its options declare them.</summary>
    public LanguageTable Languages => _languages;

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
    /// A new loader's first build, continuing from <paramref name="previous"/> (its last good versions and slug owners):
    /// the build from scratch that an incremental build of the same folder after <paramref name="previous"/> must equal.
    /// </summary>
    internal ContentSnapshot LoadAfter(ContentSnapshot previous)
    {
        lock (_gate)
        {
            return _last = Build(_folder.Scan(null), previous.State);
        }
    }

    /// <summary>
    /// Writes the parses made since the last call to the build cache (none without one); returns how many. Off the
    /// request path: a first build at 10,000 articles has ~150 MB to write.
    /// </summary>
    public int SaveCache() => _cache?.Save() ?? 0;

    /// <summary>Closes the build cache.</summary>
    public void Dispose() => _cache?.Dispose();

    private ContentSnapshot Build(FolderScan scan, BuildState before)
    {
        var watch = Stopwatch.StartNew();
        // Today as the site's readers count days, so an article dated for tomorrow appears at their midnight.
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(_clock.GetUtcNow(), _options.TimeZone).DateTime);
        var siteProblems = new List<ContentProblem>();
        if (!scan.Exists)
        {
            siteProblems.Add(ContentChecks.NoFolder.At(".", 1, 1, $"the content folder {Root} does not exist"));
        }

        var (categories, categorySlugs) = scan.Exists
            ? _siteFiles.Categories(before.Categories, siteProblems)
            : (before.Categories, _siteFiles.SlugsOf(before.Categories));
        var languageCategories = _siteFiles.Translated(_languages, categories, categorySlugs, siteProblems);
        var synonyms = scan.Exists ? _siteFiles.Synonyms(_languages) : new Dictionary<string, IReadOnlyList<IReadOnlyList<string>>>();
        var parsed = _parse.Run(scan.Changed);
        var parseTime = watch.Elapsed;

        var accepted = _accept.Run(_parse.Results, parsed, languageCategories, before);
        var (owners, leftOut) = _slugs.Run(_accept.Results, accepted, before);
        var (translationKeys, translationPaths) = _translations.Run(_slugs.Owners, owners, before.Owners);
        var articles = _articles.Run(_slugs.Owners, owners, _translations, translationKeys, today);
        var aliases = _aliases.Run(_slugs.Owners, owners, before.Owners);
        var checks = _checks.Run(_accept.Results, _slugs.Owners, owners, before.Owners, scan.Media, scan.MediaChanged, today);
        var problems = _problems.Run(accepted.Concat(leftOut).Concat(translationPaths).Concat(aliases).Concat(checks).Distinct(StringComparer.Ordinal), _accept.Results, _slugs, _aliases, _checks, _translations, siteProblems);
        var checkTime = watch.Elapsed - parseTime;

        var catalog = _catalog.Run(_articles.Articles, articles);
        var state = new BuildState(_accept.Results.Current, _slugs.Owners.Current, categories);
        var timings = new LoadTimings(parseTime, checkTime, scan.FileCount, _parse.Results.Computed, _checks.Computed, _parse.Cached);
        return new ContentSnapshot(
            Interlocked.Increment(ref _version), _clock.GetUtcNow(), catalog, categories, _aliases.Aliases, problems, _problems.Errors, _problems.Skipped,
            synonyms, _languages, languageCategories, _articles.NextPublication, state, timings);
    }
}
