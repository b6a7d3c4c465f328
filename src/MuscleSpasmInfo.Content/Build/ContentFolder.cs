namespace MuscleSpasmInfo.Content.Build;

/// <summary>When a file was last written and how long it is: what tells a build, without reading it, that it changed.</summary>
internal readonly record struct FileStamp(DateTime Modified, long Length);

/// <summary>One Markdown file of the content folder as a build sees it.</summary>
/// <param name="Path">Relative to the content folder, forward slashes.</param>
/// <param name="FullPath">Where it is on disk.</param>
/// <param name="Stamp">Its stamp when the folder was scanned.</param>
/// <param name="Touched">The watcher reported it: read it even if the stamp looks the same (a save within one clock tick).</param>
internal sealed record SourceFile(string Path, string FullPath, FileStamp Stamp, bool Touched);

/// <summary>The inputs a build reads from disk: the Markdown files, and the media files images may point at.</summary>
internal sealed record FolderScan(bool Exists, IReadOnlyList<SourceFile> Files, IReadOnlySet<string> Media);

/// <summary>
/// Lists the content folder for each build. Given the paths a watcher saw change, it re-stats only those and keeps
/// the rest of the last listing; given none, or a change it cannot place (a folder renamed), it lists everything.
/// </summary>
internal sealed class ContentFolder(string root)
{
    private static readonly EnumerationOptions Recursive = new() { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden };

    private SortedDictionary<string, FileStamp> _files = new(StringComparer.Ordinal);
    private HashSet<string> _media = new(StringComparer.Ordinal);

    /// <summary>The content folder's full path.</summary>
    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>Lists the folder; <paramref name="changedPaths"/> (full paths) narrows what is looked at again.</summary>
    public FolderScan Scan(IReadOnlyCollection<string>? changedPaths)
    {
        if (!Directory.Exists(Root))
        {
            _files = new(StringComparer.Ordinal);
            _media = new(StringComparer.Ordinal);
            return new FolderScan(false, [], _media);
        }

        var touched = new HashSet<string>(StringComparer.Ordinal);
        if (changedPaths is null || !TryApply(changedPaths, touched))
        {
            ScanAll();
        }

        var files = new List<SourceFile>(_files.Count);
        foreach (var (path, stamp) in _files)
        {
            files.Add(new SourceFile(path, FullPathOf(path), stamp, touched.Contains(path)));
        }

        return new FolderScan(true, files, _media.ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>Updates the last listing with the changed paths; false when one of them needs the whole folder listed.</summary>
    private bool TryApply(IReadOnlyCollection<string> changedPaths, HashSet<string> touched)
    {
        var rescanMedia = false;
        foreach (var fullPath in changedPaths)
        {
            if (!fullPath.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Directory.Exists(fullPath))
            {
                return false; // the folder itself, or a folder in it: anything under it may have come or gone
            }

            var relative = Relative(fullPath);
            if (relative.Split('/').Any(segment => segment.StartsWith('.')))
            {
                continue; // hidden: an editor's swap file, never content
            }

            if (relative.StartsWith(Media.MediaFolder.FolderName + "/", StringComparison.Ordinal))
            {
                rescanMedia = true;
            }
            else if (relative.EndsWith(".md", StringComparison.Ordinal))
            {
                touched.Add(relative);
                if (Stamp(fullPath) is { } stamp)
                {
                    _files[relative] = stamp;
                }
                else
                {
                    _files.Remove(relative);
                }
            }
            else if (!File.Exists(fullPath) && !Path.HasExtension(fullPath))
            {
                return false; // gone and not a file we know: perhaps a folder of articles
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
        var files = new SortedDictionary<string, FileStamp>(StringComparer.Ordinal);
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
