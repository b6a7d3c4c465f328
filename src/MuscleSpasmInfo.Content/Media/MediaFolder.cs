namespace MuscleSpasmInfo.Content.Media;

/// <summary>
/// The content folder's <c>media/</c>: which files in it the site serves, exports and lets articles show. One rule for
/// the content check, the site and the export, so an image that passes the check is one the site answers for.
/// </summary>
public sealed class MediaFolder
{
    /// <summary>The folder's name inside the content folder.</summary>
    public const string FolderName = "media";

    /// <summary>The URL path media is served under; articles write images as <c>/media/name.png</c>.</summary>
    public const string UrlPath = "/media";

    /// <summary>
    /// The file types served, by extension, with their content types. A short list on purpose: HTML or script in media/
    /// would run with the site's own origin, so only passive formats are served; anything else answers 404.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> ContentTypes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".gif"] = "image/gif",
        [".webp"] = "image/webp",
        [".avif"] = "image/avif",
        [".svg"] = "image/svg+xml",
        [".pdf"] = "application/pdf",
    };

    /// <summary>Media of the content folder at <paramref name="contentRoot"/>; the folder need not exist yet.</summary>
    public MediaFolder(string contentRoot) => Root = Path.Combine(Path.GetFullPath(contentRoot), FolderName);

    /// <summary>The full path of the media folder as configured (before resolving links).</summary>
    public string Root { get; }

    /// <summary>
    /// The real path of the servable file at <paramref name="relativePath"/> (as in a URL after <c>/media/</c>, already
    /// unescaped), or null: when it does not exist, is a directory, has a type not in <see cref="ContentTypes"/>, has a
    /// hidden or dot segment, or is (through a link anywhere on its way) outside the media folder.
    /// </summary>
    public string? Find(string relativePath)
    {
        if (!IsPlainRelative(relativePath, out var segments) || !ContentTypes.ContainsKey(Path.GetExtension(segments[^1])))
        {
            return null;
        }

        try
        {
            var root = RealPath.Of(Root);
            var file = RealPath.Of(Path.Join(Root, string.Join(Path.DirectorySeparatorChar, segments)));
            return root is not null && file is not null && IsInside(file, root, orSame: false) && File.Exists(file) ? file : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null; // a name the file system refuses (too long, bad characters) is a file that is not there
        }
    }

    /// <summary>Every servable file, as paths relative to the media folder with '/' separators, in ordinal order.</summary>
    public IReadOnlyList<string> Files()
    {
        var found = new List<string>();
        var root = RealPath.Of(Root);
        if (root is null || !Directory.Exists(root))
        {
            return found;
        }

        var visited = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([string.Empty]);
        while (pending.TryPop(out var relative))
        {
            // A directory reached twice through links is read once; Find has the last word on each file either way.
            if (RealPath.Of(Path.Join(root, relative)) is not { } real || !IsInside(real, root, orSame: true) || !visited.Add(real))
            {
                continue;
            }

            foreach (var entry in new DirectoryInfo(real).EnumerateFileSystemInfos())
            {
                if (entry.Name.StartsWith('.'))
                {
                    continue;
                }

                var path = relative.Length == 0 ? entry.Name : relative + "/" + entry.Name;
                if (Directory.Exists(entry.FullName))
                {
                    pending.Push(path);
                }
                else if (Find(path) is not null)
                {
                    found.Add(path);
                }
            }
        }

        found.Sort(StringComparer.Ordinal);
        return found;
    }

    private static bool IsInside(string path, string root, bool orSame) =>
        (orSame && path == root) || path.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static bool IsPlainRelative(string path, out string[] segments)
    {
        segments = path.TrimStart('/').Split('/');
        foreach (var segment in segments)
        {
            // Empty, ".", "..", hidden files and folders, and characters that mean something else on some file system.
            if (segment.Length == 0 || segment[0] == '.' || segment.AsSpan().IndexOfAny('\\', '\0', ':') >= 0)
            {
                return false;
            }
        }

        return true;
    }
}
