using System.Security.Cryptography;
using System.Text;
using MuscleSpasmInfo.Content.Catalog;
using MuscleSpasmInfo.Content.Languages;

namespace MuscleSpasmInfo.Content.Build;

/// <summary>
/// A folder of parsed files kept across restarts, so a site whose content did not change starts without parsing it again.
/// Each entry is one file version's parse, found by its path and the hash of its bytes, and stamped with the engine that
/// made it (<see cref="Fingerprint"/>): it is only a memo, so a missing, corrupt or foreign entry is ignored and the file
/// parsed as on a first start. Each save writes one pack of entries (<see cref="CachePack"/>), whole or not at all; when
/// the packs are many or mostly superseded, a save compacts them into one pack of the entries in use. The folder can be
/// deleted at any time. It keeps its packs open (one positioned read per entry), so it is disposed with its owner.
/// </summary>
public sealed class BuildCache : IDisposable
{
    // More packs than this (one per save after an edit) and the next save compacts them into one.
    private const int MaxPacks = 8;

    private readonly Action<string>? _warn;
    // _gate: the parses waiting and the versions in use, briefly. _packs: the open packs and their index, read by many
    // parses at once and changed only by a save (always taken before _gate).
    private readonly Lock _gate = new();
    private readonly ReaderWriterLockSlim _packsLock = new();
    private readonly List<CachePack> _packs = [];
    private readonly List<string> _stale = [];
    private readonly Dictionary<(string Path, string Hash), PackedEntry> _index = [];
    private readonly Dictionary<string, string> _used = new(StringComparer.Ordinal);
    private List<(ParsedFile Parsed, string Fingerprint)> _pending = [];
    private string? _openedFor;
    private long _sequence;
    private int _foreignWarned;
    private bool _disposed;

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
        byte[] bytes;
        Open(fingerprint);
        _packsLock.EnterReadLock();
        try
        {
            if (!_index.TryGetValue((path, hash), out var entry))
            {
                return null;
            }

            bytes = entry.Pack.Read(entry);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Warn($"cannot read a build cache pack: {ex.Message}");
            return null;
        }
        finally
        {
            _packsLock.ExitReadLock();
        }

        switch (ParsedFileFormat.Read(bytes, path, hash, fingerprint, languages, out var parsed))
        {
            case EntryStatus.Valid:
                lock (_gate)
                {
                    _used[path] = hash;
                }

                return parsed;
            case EntryStatus.OtherVersion:
                WarnForeign();
                return null;
            default:
                Warn($"ignored a corrupt build cache entry for {path}");
                return null;
        }
    }

    /// <summary>Remembers a parse made by this build, to be written by the next <see cref="Save"/>.</summary>
    internal void Add(ParsedFile parsed, string fingerprint)
    {
        lock (_gate)
        {
            _pending.Add((parsed, fingerprint));
            _used[parsed.Path] = parsed.Hash;
        }
    }

    /// <summary>Forgets a file that is gone, so the next compaction drops its entries.</summary>
    internal void Forget(string path)
    {
        lock (_gate)
        {
            _used.Remove(path);
        }
    }

    /// <summary>
    /// Writes the parses made since the last call as one pack, and compacts the packs when they are many or mostly
    /// superseded. Slow work for a background service, never for a request or a build. Returns how many entries it wrote.
    /// </summary>
    public int Save()
    {
        List<(ParsedFile Parsed, string Fingerprint)> pending;
        lock (_gate)
        {
            pending = _pending;
            _pending = [];
        }

        var fingerprint = pending.Count > 0 ? pending[0].Fingerprint : Volatile.Read(ref _openedFor);
        if (fingerprint is null)
        {
            return 0;
        }

        Open(fingerprint);
        _packsLock.EnterWriteLock();
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            Directory.CreateDirectory(Folder);
            // A build's parses all share its parser's fingerprint; the rare other one (a test's) waits for the next save.
            var others = pending.Where(p => p.Fingerprint != fingerprint).ToList();
            if (pending.Count > others.Count)
            {
                var entries = pending.Where(p => p.Fingerprint == fingerprint)
                    .Select(p => (p.Parsed.Path, p.Parsed.Hash, (ReadOnlyMemory<byte>)ParsedFileFormat.Write(p.Parsed, fingerprint)));
                AddPack(WriteNewPack(fingerprint, entries));
            }

            lock (_gate)
            {
                _pending.AddRange(others);
            }

            CompactIfNeeded(fingerprint);
            return pending.Count - others.Count;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Warn($"cannot write the build cache in {Folder}: {ex.Message}");
            return 0;
        }
        finally
        {
            _packsLock.ExitWriteLock();
        }
    }

    /// <summary>Closes the packs.</summary>
    public void Dispose()
    {
        _packsLock.EnterWriteLock();
        try
        {
            _disposed = true;
            foreach (var pack in _packs)
            {
                pack.Dispose();
            }

            _packs.Clear();
            _index.Clear();
        }
        finally
        {
            _packsLock.ExitWriteLock();
        }

        _packsLock.Dispose();
    }

    /// <summary>Reads the folder's packs, once: those of this fingerprint are indexed, the rest only deleted later.</summary>
    private void Open(string fingerprint)
    {
        if (Volatile.Read(ref _openedFor) is not null)
        {
            return;
        }

        _packsLock.EnterWriteLock();
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_openedFor is null)
            {
                OpenPacks(fingerprint);
                Volatile.Write(ref _openedFor, fingerprint);
            }
        }
        finally
        {
            _packsLock.ExitWriteLock();
        }
    }

    private void OpenPacks(string fingerprint)
    {
        if (!Directory.Exists(Folder))
        {
            return;
        }

        foreach (var file in Directory.GetFiles(Folder, "*" + CachePack.Extension).Order(StringComparer.Ordinal))
        {
            var pack = CachePack.TryOpen(file, out var error);
            if (pack is null)
            {
                Warn($"ignored a corrupt build cache pack {file}: {error}");
                _stale.Add(file);
            }
            else if (pack.Fingerprint != fingerprint)
            {
                WarnForeign();
                pack.Dispose();
                _stale.Add(file);
            }
            else
            {
                AddPack(pack);
            }
        }

        // Leftovers of a crash mid-write, and the one-file-per-entry layout of earlier versions.
        _stale.AddRange(Directory.GetFiles(Folder, "*.tmp"));
        _stale.AddRange(Directory.GetFiles(Folder, "*.parse", SearchOption.AllDirectories));
    }

    private void AddPack(CachePack pack)
    {
        _packs.Add(pack);
        foreach (var (path, hash, offset, length) in pack.Entries)
        {
            _index[(path, hash)] = new PackedEntry(pack, offset, length); // a later pack supersedes an earlier one
        }
    }

    private CachePack WriteNewPack(string fingerprint, IEnumerable<(string Path, string Hash, ReadOnlyMemory<byte> Bytes)> entries)
    {
        // Names sort in the order written (time, then a counter), which is the order later packs supersede earlier ones in.
        var file = Path.Combine(Folder, $"{DateTime.UtcNow.Ticks:x16}-{Interlocked.Increment(ref _sequence):x4}{CachePack.Extension}");
        CachePack.Write(file, fingerprint, entries);
        return CachePack.TryOpen(file, out var error) ?? throw new IOException($"the pack just written cannot be read back: {error}");
    }

    private List<KeyValuePair<(string Path, string Hash), PackedEntry>> Live()
    {
        lock (_gate)
        {
            return [.. _index.Where(e => _used.TryGetValue(e.Key.Path, out var hash) && hash == e.Key.Hash)];
        }
    }

    /// <summary>
    /// Compacts when there is something to delete, or when the superseded entries outweigh the live ones (all packs into
    /// one), or when the packs are many (the small ones into one, leaving the largest, a first start's, as it is).
    /// </summary>
    private void CompactIfNeeded(string fingerprint)
    {
        var live = Live().Sum(e => (long)e.Value.Length);
        if (_stale.Count > 0 || (_packs.Count > 1 && _packs.Sum(p => p.Length) > 2 * live))
        {
            Compact(fingerprint, keep: null);
        }
        else if (_packs.Count > MaxPacks)
        {
            Compact(fingerprint, keep: _packs.MaxBy(p => p.Length));
        }
    }

    /// <summary>Rewrites the entries in use outside <paramref name="keep"/> as one pack, and deletes the other packs and stray files.</summary>
    private void Compact(string fingerprint, CachePack? keep)
    {
        var live = Live().Where(e => e.Value.Pack != keep).OrderBy(e => e.Key.Path, StringComparer.Ordinal).ToList();
        var old = _packs.Where(p => p != keep).ToList();
        var compacted = WriteNewPack(fingerprint, live.Select(e => (e.Key.Path, e.Key.Hash, (ReadOnlyMemory<byte>)e.Value.Pack.Read(e.Value))));
        _packs.Clear();
        _index.Clear();
        if (keep is not null)
        {
            AddPack(keep);
        }

        AddPack(compacted);
        foreach (var pack in old)
        {
            pack.Dispose();
            CachePack.TryDelete(pack.File);
        }

        foreach (var file in _stale)
        {
            CachePack.TryDelete(file);
        }

        _stale.Clear();
    }

    private void WarnForeign()
    {
        if (Interlocked.Exchange(ref _foreignWarned, 1) == 0)
        {
            Warn($"build cache {Folder} holds entries of another engine version or settings: they are ignored and replaced");
        }
    }

    private void Warn(string message) => _warn?.Invoke(message);
}
