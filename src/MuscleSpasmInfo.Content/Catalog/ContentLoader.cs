using System.Collections.Concurrent;
using MuscleSpasmInfo.Content.Categories;
using MuscleSpasmInfo.Content.Checks;
using MuscleSpasmInfo.Content.Markdown;

namespace MuscleSpasmInfo.Content.Catalog;

/// <summary>
/// Builds <see cref="ContentSnapshot"/>s from the content folder. One loader lives as long as the site: it remembers
/// each file's parse (so a reload re-reads only changed files) and each file's last good version (so a broken edit
/// keeps the page that was there before).
/// </summary>
public sealed partial class ContentLoader
{
    /// <summary>The file naming groups of words that search treats alike.</summary>
    public const string SynonymsFileName = "synonyms.txt";

    private readonly ContentOptions _options;
    private readonly TimeProvider _clock;
    private readonly FileParser _parser;
    private readonly ConcurrentDictionary<string, (DateTime Modified, long Length, ParsedFile File)> _parsed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ParsedFile> _lastGood = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly CheckCache _checkCache = new();
    private IReadOnlyList<Category>? _lastGoodCategories;
    private Lazy<Related.RelatedContentIndex>? _lastRelated;
    private LoadState? _last;
    private long _version;

    /// <summary>Creates a loader for the folder in <paramref name="options"/>.</summary>
    public ContentLoader(ContentOptions options, MarkdownRenderer renderer, TimeProvider? clock = null)
    {
        _options = options;
        _clock = clock ?? TimeProvider.System;
        _parser = new FileParser(renderer, options.TimeZone);
        Root = Path.GetFullPath(options.Path);
    }

    /// <summary>The content folder's full path.</summary>
    public string Root { get; }

    /// <summary>
    /// Builds a new snapshot. Never throws for bad content: problems are in the snapshot. Given the files that changed
    /// since the last load (full paths, as a file watcher reports them), only those are read again, and when they leave
    /// every URL, slug and heading as it was, only what they touch is rebuilt; otherwise the whole folder is read.
    /// </summary>
    public ContentSnapshot Load(IReadOnlyCollection<string>? changedPaths = null)
    {
        lock (_gate)
        {
            var today = DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime);
            return (changedPaths is not null ? TryLoadChanges(changedPaths, today) : null) ?? LoadAll(today);
        }
    }

    private ContentSnapshot LoadAll(DateOnly today)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        _last = null;
        var problems = new List<ContentProblem>();
        var categories = LoadCategories(problems);
        var files = ParseAll(problems);
        var parsed = watch.Elapsed;

        var resolver = new SiteResolver(_options, categories, today);
        var accepted = new List<ParsedFile>();
        var skipped = new List<string>();
        foreach (var file in files)
        {
            var (good, fileProblems) = Accept(file, resolver);
            problems.AddRange(fileProblems);
            if (!ReferenceEquals(good, file))
            {
                skipped.Add(file.Path);
            }

            if (good is not null)
            {
                accepted.Add(good);
            }
        }

        var present = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in _lastGood.Keys.Where(k => !present.Contains(k)).ToList())
        {
            _lastGood.Remove(gone);
        }

        var site = resolver.Resolve(accepted, problems, _checkCache);
        var synonyms = LoadSynonyms();
        // Stable, so one file's problems on one line keep the order they were found in, however the load went.
        problems = [.. problems.OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Line)];
        var checkedAt = watch.Elapsed;
        var snapshot = new ContentSnapshot(
            Interlocked.Increment(ref _version),
            _clock.GetUtcNow(),
            site.Articles,
            categories,
            site.Aliases,
            problems,
            skipped,
            synonyms,
            site.NextPublication,
            _lastRelated)
        {
            Timings = new LoadTimings(parsed, checkedAt - parsed, watch.Elapsed - checkedAt),
        };
        _lastRelated = snapshot.RelatedIndex;
        _last = new LoadState(snapshot, today, resolver, site, accepted, problems, skipped);
        return snapshot;
    }

    /// <summary>
    /// The version of <paramref name="file"/> the site serves (itself, or its last good version while it has errors,
    /// or none) and the problems of the file alone.
    /// </summary>
    private (ParsedFile? Served, List<ContentProblem> Problems) Accept(ParsedFile file, SiteResolver resolver)
    {
        var problems = new List<ContentProblem>(file.Problems);
        problems.AddRange(resolver.CheckFile(file));
        if (!file.HasErrors && problems.All(p => p.Severity != ProblemSeverity.Error))
        {
            _lastGood[file.Path] = file;
            return (file, problems);
        }

        if (_lastGood.TryGetValue(file.Path, out var good) && resolver.CheckFile(good).All(p => p.Severity != ProblemSeverity.Error))
        {
            problems.Add(new(file.Path, 1, 1, ProblemSeverity.Warning, "serving the last good version of this file until its errors are fixed"));
            return (good, problems);
        }

        return (null, problems);
    }

    private List<ParsedFile> ParseAll(List<ContentProblem> problems)
    {
        if (!Directory.Exists(Root))
        {
            problems.Add(new(".", 1, 1, ProblemSeverity.Error, $"the content folder {Root} does not exist"));
            return [];
        }

        var paths = Directory.EnumerateFiles(Root, "*.md", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = System.IO.FileAttributes.Hidden })
            .Order(StringComparer.Ordinal)
            .ToList();
        var results = new ParsedFile[paths.Count];
        Parallel.For(0, paths.Count, i => results[i] = ParseCached(paths[i]));
        foreach (var stale in _parsed.Keys.Except(paths).ToList())
        {
            _parsed.TryRemove(stale, out _);
        }

        return [.. results];
    }

    private ParsedFile ParseCached(string fullPath)
    {
        var relative = Path.GetRelativePath(Root, fullPath).Replace('\\', '/');
        try
        {
            var info = new FileInfo(fullPath);
            if (_parsed.TryGetValue(fullPath, out var cached) && cached.Modified == info.LastWriteTimeUtc && cached.Length == info.Length)
            {
                return cached.File;
            }

            var parsed = _parser.Parse(relative, File.ReadAllBytes(fullPath));
            _parsed[fullPath] = (info.LastWriteTimeUtc, info.Length, parsed);
            return parsed;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _parsed.TryRemove(fullPath, out _);
            return new ParsedFile(relative, null, null, [new(relative, 1, 1, ProblemSeverity.Error, $"cannot read the file: {ex.Message}")], string.Empty);
        }
#pragma warning disable CA1031 // One file's content must never take the site down: any parser failure becomes a problem of that file.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            _parsed.TryRemove(fullPath, out _);
            return new ParsedFile(relative, null, null, [new(relative, 1, 1, ProblemSeverity.Error, $"cannot parse the file: {ex.GetType().Name}: {ex.Message}")], string.Empty);
        }
    }

    private IReadOnlyList<Category> LoadCategories(List<ContentProblem> problems)
    {
        var path = Path.Combine(Root, CategoriesFile.FileName);
        if (!File.Exists(path))
        {
            if (Directory.Exists(Root))
            {
                problems.Add(new(CategoriesFile.FileName, 1, 1, ProblemSeverity.Error, "categories.yml is missing: articles cannot name a category"));
            }

            return _lastGoodCategories ?? [];
        }

        var found = new List<ContentProblem>();
        IReadOnlyList<Category> categories;
        try
        {
            categories = CategoriesFile.Parse(File.ReadAllText(path), found);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            found.Add(new(CategoriesFile.FileName, 1, 1, ProblemSeverity.Error, $"cannot read the file: {ex.Message}"));
            categories = [];
        }

        problems.AddRange(found);
        if (found.Any(p => p.Severity == ProblemSeverity.Error) && _lastGoodCategories is not null)
        {
            problems.Add(new(CategoriesFile.FileName, 1, 1, ProblemSeverity.Warning, "serving the last good categories until the errors are fixed"));
            return _lastGoodCategories;
        }

        _lastGoodCategories = categories;
        return categories;
    }

    private List<IReadOnlyList<string>> LoadSynonyms()
    {
        var path = Path.Combine(Root, SynonymsFileName);
        if (!File.Exists(path))
        {
            return [];
        }

        try
        {
            return [.. File.ReadLines(path)
                .Select(l => l.Trim())
                .Where(l => l.Length > 0 && !l.StartsWith('#'))
                .Select(l => (IReadOnlyList<string>)[.. l.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)])
                .Where(g => g.Count > 1)];
        }
        catch (IOException)
        {
            return [];
        }
    }
}
