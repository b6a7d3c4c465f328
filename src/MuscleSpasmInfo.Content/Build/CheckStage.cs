using System.Collections.Immutable;
using MuscleSpasmInfo.Content.Catalog;
using MuscleSpasmInfo.Content.Checks;

namespace MuscleSpasmInfo.Content.Build;

/// <summary>
/// The site checks stage: each slug's file checked against the rest of the site. A file's findings depend on the file,
/// today, and what <see cref="ArticleChecks.InputsOf"/> declares it reads: the articles it points at (whether they exist,
/// and their anchors) and media/. The stage keeps, for each slug, the files that read it, so editing one article
/// re-checks it and the files that point at it, and nothing else.
/// </summary>
internal sealed class CheckStage(ContentOptions options)
{
    private readonly StageResults<string, Finding> _findings = new(StringComparer.Ordinal);
    // Private to the stage, never in a snapshot, so plain collections: the files whose checks read each slug, the slugs
    // each file's checks read, and the files that show images.
    private readonly Dictionary<string, HashSet<string>> _readers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _reads = new(StringComparer.Ordinal);
    private readonly HashSet<string> _withImages = new(StringComparer.Ordinal);
    private DateOnly? _today;

    /// <summary>The site-check problems of a checked file, if any.</summary>
    public IReadOnlyList<ContentProblem>? ProblemsOf(string path) => _findings[path]?.Problems;

    /// <summary>How many files the last run checked.</summary>
    public int Computed => _findings.Computed;

    /// <summary>Checks the files that changed or read something that did; returns the paths whose findings changed.</summary>
    public IReadOnlySet<string> Run(
        StageResults<string, Accepted> accepted, StageResults<string, ParsedFile> owners, IReadOnlySet<string> ownersChanged,
        IReadOnlyDictionary<string, ParsedFile> ownersBefore, IReadOnlySet<string> media, bool mediaChanged, DateOnly today)
    {
        var checks = new ArticleChecks(options, owners.Current, media, today);
        var dirty = new HashSet<string>(StringComparer.Ordinal);
        foreach (var slug in ownersChanged)
        {
            var before = ownersBefore.GetValueOrDefault(slug);
            var now = owners[slug];
            dirty.UnionWith(new[] { before?.Path, now?.Path }.OfType<string>());
            if (before is null || now is null || !string.Equals(before.HeadingIds, now.HeadingIds, StringComparison.Ordinal) ||
                Article.LastModifiedOf(before.Meta!) != Article.LastModifiedOf(now.Meta!))
            {
                // What they point at appeared, went, changed its anchors or (for its translations) its date.
                dirty.UnionWith(_readers.GetValueOrDefault(slug) ?? []);
            }
        }

        if (_today != today)
        {
            dirty.UnionWith(owners.Current.Values.Select(f => f.Path));
        }
        else if (mediaChanged)
        {
            dirty.UnionWith(_withImages);
        }

        _today = today;
        var changed = _findings.Update(dirty, (path, before) =>
        {
            // Only a file that serves its slug is checked: one left out (a duplicate) has its error instead.
            if (accepted[path]?.Served is not { } file || !ReferenceEquals(owners[file.Key], file))
            {
                return null;
            }

            var targets = checks.InputsOf(file);
            return before is not null && ReferenceEquals(before.File, file) && before.Targets.Equals(targets) && before.Today == today
                ? before
                : new Finding(file, targets, today, checks.Check(file));
        });

        foreach (var path in changed)
        {
            Track(path, _findings[path]?.File);
        }

        return changed;
    }

    /// <summary>Records which slugs a file's checks read and whether it shows images, replacing what its last version read.</summary>
    private void Track(string path, ParsedFile? file)
    {
        if (_reads.Remove(path, out var read))
        {
            foreach (var slug in read)
            {
                if (_readers[slug].Remove(path) && _readers[slug].Count == 0)
                {
                    _readers.Remove(slug);
                }
            }
        }

        _withImages.Remove(path);
        if (file is null)
        {
            return;
        }

        string[] reads = [.. file.LinkedArticles.Concat(file.RelatedKeys).Concat(file.SourceKey is { } source ? [source] : []).Distinct(StringComparer.Ordinal)];
        foreach (var slug in reads)
        {
            if (!_readers.TryGetValue(slug, out var readers))
            {
                _readers[slug] = readers = new HashSet<string>(StringComparer.Ordinal);
            }

            readers.Add(path);
        }

        _reads[path] = reads;
        if (file.Body!.Links.Any(l => l.IsImage))
        {
            _withImages.Add(path);
        }
    }

    /// <summary>One file's findings with the inputs they came from.</summary>
    private sealed record Finding(ParsedFile File, CheckTargets Targets, DateOnly Today, IReadOnlyList<ContentProblem> Problems);
}
