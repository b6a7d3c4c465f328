namespace MuscleSpasmInfo.Content.Media;

/// <summary>Resolves symbolic links in a path, as realpath(3) does, so containment is judged on where a file really is.</summary>
internal static class RealPath
{
    // Linux's own limit on links followed in one lookup (ELOOP past it); a loop of links ends here too.
    private const int MaxLinks = 40;

    /// <summary>The path of <paramref name="path"/> (absolute) with every link resolved; null when some part does not exist.</summary>
    public static string? Of(string path)
    {
        var current = Path.GetPathRoot(path);
        if (string.IsNullOrEmpty(current))
        {
            return null;
        }

        var pending = new Stack<string>();
        PushSegments(pending, path[current.Length..]);
        var links = 0;
        while (pending.TryPop(out var segment))
        {
            if (segment is "" or ".")
            {
                continue;
            }

            if (segment == "..")
            {
                // Against the resolved prefix, as the kernel does: "link/.." is the link target's parent, not the link's.
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Join(current, segment);
            string? target;
            try
            {
                target = new FileInfo(next).LinkTarget;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return null; // missing, not a directory on the way, or unreadable: nothing to serve there
            }

            if (target is null)
            {
                current = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                return null;
            }

            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target)!;
                target = target[current.Length..];
            }

            PushSegments(pending, target);
        }

        return current;
    }

    private static void PushSegments(Stack<string> pending, string relative)
    {
        var segments = relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        for (var i = segments.Length - 1; i >= 0; i--)
        {
            pending.Push(segments[i]);
        }
    }
}
