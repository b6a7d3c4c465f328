using System.Security.Cryptography;
using System.Text;
using MuscleSpasmInfo.Content.Catalog;
using MuscleSpasmInfo.Content.Languages;

namespace MuscleSpasmInfo.Content.Build;

/// <summary>
/// A folder of parsed files kept across restarts, so a site whose content did not change starts without parsing it again.
/// Each entry is one file version's parse, named by its path and the hash of its bytes, and stamped with the engine that
/// made it (<see cref="Fingerprint"/>): it is only a memo, so a missing, corrupt or foreign entry is ignored and the file
/// parsed as on a first start. Entries are written to a temporary file and renamed, so a reader never sees half of one,
/// and the folder can be deleted at any time.
/// </summary>
public sealed class BuildCache
{
    private readonly Action<string>? _warn;
    private readonly Lock _gate = new();
    private List<(ParsedFile Parsed, string Fingerprint)> _pending = [];
    private int _foreignWarned;

    /// <summary>A cache in <paramref name="folder"/> (made when first written); <paramref name="warn"/> hears of entries it ignores.</summary>
    public BuildCache(string folder, Action<string>? warn = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        Folder = Path.GetFullPath(folder);
        _warn = warn;
    }

    /// <summary>The cache folder's full path.</summary>
    public string Folder { get; }

    /// <summary>How many parses are waiting for <see cref="Save"/>.</summary>
    public int Pending
    {
        get
        {
            lock (_gate)
            {
                return _pending.Count;
            }
        }
    }

    /// <summary>
    /// What an entry must have been made by to be used: this build of the engine and its parsers, and the options that
    /// change a parse (time zone, languages). Any change of code gives another assembly id, so no entry outlives the code
    /// that wrote it.
    /// </summary>
    internal static string Fingerprint(TimeZoneInfo timeZone, LanguageTable languages)
    {
        var parts = new StringBuilder();
        foreach (var assembly in new[] { typeof(BuildCache).Assembly, typeof(Markdig.Markdown).Assembly, typeof(YamlDotNet.Core.Parser).Assembly, typeof(Ganss.Xss.HtmlSanitizer).Assembly })
        {
            parts.Append(assembly.FullName).Append(' ').Append(assembly.ManifestModule.ModuleVersionId).Append('\n');
        }

        parts.Append(timeZone.Id).Append('\n');
        foreach (var language in languages.All)
        {
            parts.Append(language).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(parts.ToString())))[..32];
    }

    /// <summary>The cached parse of <paramref name="path"/> whose bytes hash to <paramref name="hash"/>, or null.</summary>
    internal ParsedFile? TryLoad(string path, string hash, string fingerprint, LanguageTable languages)
    {
        var file = EntryPath(path, hash);
        byte[] bytes;
        try
        {
            if (!File.Exists(file))
            {
                return null;
            }

            bytes = File.ReadAllBytes(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Warn($"cannot read build cache entry {file}: {ex.Message}");
            return null;
        }

        switch (ParsedFileFormat.Read(bytes, path, hash, fingerprint, languages, out var parsed))
        {
            case EntryStatus.Valid:
                return parsed;
            case EntryStatus.OtherVersion:
                if (Interlocked.Exchange(ref _foreignWarned, 1) == 0)
                {
                    Warn($"build cache {Folder} holds entries of another engine version or settings: they are ignored and replaced");
                }

                return null;
            default:
                Warn($"ignored a corrupt build cache entry {file} for {path}");
                return null;
        }
    }

    /// <summary>Remembers a parse made by this build, to be written by the next <see cref="Save"/>.</summary>
    internal void Add(ParsedFile parsed, string fingerprint)
    {
        lock (_gate)
        {
            _pending.Add((parsed, fingerprint));
        }
    }

    /// <summary>
    /// Writes the parses made since the last call, each to a temporary file renamed into place. Slow work for a
    /// background service, never for a request or a build. Returns how many entries it wrote.
    /// </summary>
    public int Save()
    {
        List<(ParsedFile Parsed, string Fingerprint)> pending;
        lock (_gate)
        {
            (pending, _pending) = (_pending, []);
        }

        var written = 0;
        foreach (var (parsed, fingerprint) in pending)
        {
            var file = EntryPath(parsed.Path, parsed.Hash);
            var temp = $"{file}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp";
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                File.WriteAllBytes(temp, ParsedFileFormat.Write(parsed, fingerprint));
                File.Move(temp, file, overwrite: true);
                written++;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Warn($"cannot write build cache entry {file}: {ex.Message}");
                TryDelete(temp);
            }
        }

        return written;
    }

    private string EntryPath(string path, string hash)
    {
        var name = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{path}\n{hash}")))[..32];
        return Path.Combine(Folder, name[..2], name + ".parse");
    }

    private void Warn(string message) => _warn?.Invoke(message);

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A stray temporary file is never read: entries are found by their final names only.
        }
    }
}
