namespace MuscleSpasmInfo.Content.Languages;

/// <summary>
/// The one rule for how a language sits in a site path: as its first segment, <c>/es/...</c>. It reads the path's shape
/// only; whether the segment is a declared language is <see cref="LanguageTable.OfPath"/>'s to say.
/// </summary>
public static class LanguagePath
{
    /// <summary>
    /// The first segment when it is shaped like a language code, with the rest of the path (<c>/</c> when nothing
    /// follows); a null code when it is not.
    /// </summary>
    public static (string? Code, string Remainder) Split(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Length < 3 || path[0] != '/')
        {
            return (null, path);
        }

        var end = path.IndexOf('/', 1);
        var segment = end < 0 ? path[1..] : path[1..end];
        if (!LanguageTable.LooksLikeCode(segment))
        {
            return (null, path);
        }

        return (segment.ToLowerInvariant(), end < 0 ? "/" : path[end..]);
    }
}
