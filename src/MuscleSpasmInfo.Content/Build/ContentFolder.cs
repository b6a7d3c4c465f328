namespace MuscleSpasmInfo.Content.Build;

/// <summary>When a file was last written and how long it is: what tells a build, without reading it, that it changed.</summary>
internal readonly record struct FileStamp(DateTime Modified, long Length);

/// <summary>One Markdown file that may have changed since the last scan.</summary>
/// <param name="Path">Relative to the content folder, forward slashes.</param>
/// <param name="FullPath">Where it is on disk.</param>
/// <param name="Stamp">Its stamp now, or null when it is gone.</param>
internal sealed record SourceFile(string Path, string FullPath, FileStamp? Stamp);

/// <summary>What a build reads from disk: the Markdown files that may have changed, and the media files there are.</summary>
/// <param name="Exists">Whether the content folder is there at all.</param>
/// <param name="Changed">Files added, removed, restamped or reported by the watcher since the last scan.</param>
/// <param name="FileCount">How many Markdown files there are.</param>
/// <param name="Media">The media files the site serves, and whether that list changed since the last scan.</param>
/// <param name="MediaChanged">True when <paramref name="Media"/> differs from the last scan's.</param>
internal sealed record FolderScan(bool Exists, IReadOnlyList<SourceFile> Changed, int FileCount, IReadOnlySet<string> Media, bool MediaChanged);

/// <summary>
/// Lists the content folder for each build and says what changed since the last. Given the paths a watcher saw change,
/// it re-stats only those; given none, or a change it cannot place (a folder renamed), it lists everything and compares
/// each file's stamp with the last listing's.
/// </summary>
internal sealed class ContentFolder(string root)
{
    private static readonly EnumerationOptions Recursive = new() { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden };

    private Dictionary<string, FileStamp> _files = new(StringComparer.Ordinal);
    private HashSet<string> _media = new(StringComparer.Ordinal);

    /// <summary>The content folder's full path.</summary>
    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>Lists the folder; <paramref name="changedPaths"/> (full paths) narrows what is looked at again.</summary>
    public FolderScan Scan(IReadOnlyCollection<string>? changedPaths)
    {
        var before = _files;
        var mediaBefore = _media;
        var changed = new SortedSet<string>(StringComparer.Ordinal);
        if (!Directory.Exists(Root))
        {
            changed.UnionWith(before.Keys);
            _files = new(StringComparer.Ordinal);
            _media = new(StringComparer.Ordinal);
        }
        else if (changedPaths is null || !TryApply(changedPaths, changed))
        {
            // A full listing is compared with the last one. A watcher's paths are what changed, even when a stamp looks
            // the same (two saves within one clock tick).
            ScanAll();
            foreach (var (path, stamp) in _files)
            {
                if (!before.TryGetValue(path, out var old) || old != stamp)
                {
                    changed.Add(path);
                }
            }

            changed.UnionWith(before.Keys.Where(path => !_files.ContainsKey(path)));
        }

        var files = changed.Select(path => new SourceFile(path, FullPathOf(path), _files.TryGetValue(path, out var stamp) ? stamp : null)).ToList();
        return new FolderScan(Directory.Exists(Root), files, _files.Count, _media, !_media.SetEquals(mediaBefore));
    }

    /// <summary>Updates the last listing with the changed paths; false, changing nothing, when one needs a full listing.</summary>
    private bool TryApply(IReadOnlyCollection<string> changedPaths, SortedSet<string> touched)
    {
        var relative = new List<string>(changedPaths.Count);
        foreach (var fullPath in changedPaths)
        {
            if (!fullPath.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Directory.Exists(fullPath)
                || (!File.Exists(fullPath) && !Path.HasExtension(fullPath)))
            {
                return false; // the folder itself, a folder in it, or something gone that may have been one
            }

            relative.Add(Relative(fullPath));
        }

        var rescanMedia = false;
        foreach (var path in relative)
        {
            if (path.Split('/').Any(segment => segment.StartsWith('.')))
            {
                continue; // hidden: an editor's swap file, never content
            }

            if (path.StartsWith(Media.MediaFolder.FolderName + "/", StringComparison.Ordinal))
            {
                rescanMedia = true;
            }
            else if (path.EndsWith(".md", StringComparison.Ordinal))
            {
                touched.Add(path);
                if (Stamp(FullPathOf(path)) is { } stamp)
                {
                    _files[path] = stamp;
                }
                else
                {
                    _files.Remove(path);
                }
            }
        }

        if (rescanMedia)
        {
            _media = ListMedia();
        }

        return true;
    }

    private void ScanAll()
    {
        var files = new Dictionary<string, FileStamp>(StringComparer.Ordinal);
        foreach (var info in new DirectoryInfo(Root).EnumerateFiles("*.md", Recursive))
        {
            var relative = Relative(info.FullName);
            if (!relative.StartsWith(Media.MediaFolder.FolderName + "/", StringComparison.Ordinal))
            {
                files[relative] = new FileStamp(info.LastWriteTimeUtc, info.Length);
            }
        }

        _files = files;
        _media = ListMedia();
    }

    /// <summary>The media files the site serves (the site's own rule), which is what an image check may count on.</summary>
    private HashSet<string> ListMedia() => new(new Media.MediaFolder(Root).Files(), StringComparer.Ordinal);

    private static FileStamp? Stamp(string fullPath)
    {
        var info = new FileInfo(fullPath);
        return info.Exists ? new FileStamp(info.LastWriteTimeUtc, info.Length) : null;
    }

    private string Relative(string fullPath) => Path.GetRelativePath(Root, fullPath).Replace('\\', '/');

    private string FullPathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));
}
