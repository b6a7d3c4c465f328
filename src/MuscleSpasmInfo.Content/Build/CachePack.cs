using System.Security.Cryptography;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace MuscleSpasmInfo.Content.Build;

/// <summary>Where one cache entry's bytes are: which pack, at what offset, how long.</summary>
internal readonly record struct PackedEntry(CachePack Pack, long Offset, int Length);

/// <summary>
/// One file of the build cache: the entries of one save (<see cref="ParsedFileFormat"/> bytes, one after another), then a
/// table of contents (each entry's path, source hash, offset and length) and a footer that locates the table and holds its
/// SHA-256. One file per save rather than one per entry: a restart opens a handful of files, not ten thousand, and reads
/// each entry with one positioned read instead of holding the whole pack in memory. A pack is written under a temporary
/// name and renamed, so it is whole or absent; a torn or altered one fails its footer or its table's hash and is ignored.
/// </summary>
internal sealed class CachePack : IDisposable
{
    /// <summary>What a pack file's name ends with.</summary>
    public const string Extension = ".pack";

    private static readonly byte[] Magic = "MSIPACK1"u8.ToArray();
    private const int FooterLength = 8 + 4 + 32 + 8; // table offset, table length, table hash, magic

    private readonly SafeFileHandle _handle;

    private CachePack(string file, SafeFileHandle handle, string fingerprint, long length, IReadOnlyList<(string Path, string Hash, long Offset, int Length)> entries)
    {
        File = file;
        _handle = handle;
        Fingerprint = fingerprint;
        Length = length;
        Entries = entries;
    }

    /// <summary>The pack's full path.</summary>
    public string File { get; }

    /// <summary>The engine fingerprint every entry of the pack was made with.</summary>
    public string Fingerprint { get; }

    /// <summary>The file's length in bytes.</summary>
    public long Length { get; }

    /// <summary>Each entry's path, source hash and place in the file, in the order written.</summary>
    public IReadOnlyList<(string Path, string Hash, long Offset, int Length)> Entries { get; }

    /// <summary>Opens a pack and reads its table; null, with <paramref name="error"/> set, when it is not a whole pack.</summary>
    public static CachePack? TryOpen(string file, out string? error)
    {
        SafeFileHandle? handle = null;
        try
        {
            handle = System.IO.File.OpenHandle(file, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);
            var length = RandomAccess.GetLength(handle);
            var entries = ReadTable(handle, length, out var fingerprint, out error);
            if (entries is not null)
            {
                return new CachePack(file, handle, fingerprint, length, entries);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or EndOfStreamException or FormatException or ArgumentException)
        {
            error = ex.Message;
        }

        handle?.Dispose();
        return null;
    }

    /// <summary>The pack's fingerprint and table of contents, or null, with <paramref name="error"/> set, when either is not whole.</summary>
    private static (string, string, long, int)[]? ReadTable(SafeFileHandle handle, long length, out string fingerprint, out string? error)
    {
        fingerprint = string.Empty;
        var header = new byte[Magic.Length + 1 + 64];
        if (length < header.Length + FooterLength || RandomAccess.Read(handle, header, 0) != header.Length
            || !header.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            error = "not a build cache pack";
            return null;
        }

        fingerprint = Encoding.ASCII.GetString(header, Magic.Length + 1, header[Magic.Length]);
        var footer = new byte[FooterLength];
        RandomAccess.Read(handle, footer, length - FooterLength);
        var tableOffset = BitConverter.ToInt64(footer, 0);
        var tableLength = BitConverter.ToInt32(footer, 8);
        if (!footer.AsSpan(44).SequenceEqual(Magic) || tableOffset < header.Length || tableLength < 0 || tableOffset + tableLength != length - FooterLength)
        {
            error = "its end is missing or damaged (a torn write?)";
            return null;
        }

        var table = new byte[tableLength];
        if (RandomAccess.Read(handle, table, tableOffset) != tableLength || !SHA256.HashData(table).AsSpan().SequenceEqual(footer.AsSpan(12, 32)))
        {
            error = "its table of contents is damaged";
            return null;
        }

        using var r = new BinaryReader(new MemoryStream(table, writable: false), Encoding.UTF8);
        var entries = new (string, string, long, int)[r.ReadInt32()];
        for (var i = 0; i < entries.Length; i++)
        {
            entries[i] = (r.ReadString(), r.ReadString(), r.ReadInt64(), r.ReadInt32());
            if (entries[i].Item3 < header.Length || entries[i].Item4 < 0 || entries[i].Item3 + entries[i].Item4 > tableOffset)
            {
                error = "its table of contents points outside the entries";
                return null;
            }
        }

        error = null;
        return entries;
    }

    /// <summary>The bytes of one of this pack's entries.</summary>
    public byte[] Read(PackedEntry entry)
    {
        var bytes = new byte[entry.Length];
        return FileReads.Fill(_handle, bytes, entry.Offset) == bytes.Length ? bytes : throw new EndOfStreamException();
    }

    /// <summary>
    /// Writes a pack of <paramref name="entries"/> (path, source hash, entry bytes) to <paramref name="file"/>, through a
    /// temporary file renamed into place.
    /// </summary>
    public static void Write(string file, string fingerprint, IEnumerable<(string Path, string Hash, ReadOnlyMemory<byte> Bytes)> entries)
    {
        var temp = $"{file}.{Environment.ProcessId}.tmp";
        try
        {
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            {
                var fingerprintBytes = new byte[64];
                var written = Encoding.ASCII.GetBytes(fingerprint, fingerprintBytes);
                stream.Write(Magic);
                stream.WriteByte((byte)written);
                stream.Write(fingerprintBytes);
                var table = new MemoryStream();
                var count = 0;
                using (var t = new BinaryWriter(table, Encoding.UTF8, leaveOpen: true))
                {
                    t.Write(0); // the count, filled in below
                    foreach (var (path, hash, bytes) in entries)
                    {
                        t.Write(path);
                        t.Write(hash);
                        t.Write(stream.Position);
                        t.Write(bytes.Length);
                        stream.Write(bytes.Span);
                        count++;
                    }
                }

                var tableBytes = table.ToArray();
                BitConverter.TryWriteBytes(tableBytes, count);
                var tableOffset = stream.Position;
                stream.Write(tableBytes);
                stream.Write(BitConverter.GetBytes(tableOffset));
                stream.Write(BitConverter.GetBytes(tableBytes.Length));
                stream.Write(SHA256.HashData(tableBytes));
                stream.Write(Magic);
            }

            System.IO.File.Move(temp, file, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>Deletes a file, ignoring one that cannot be: a stray file is never read, packs are found by their names.</summary>
    public static void TryDelete(string file)
    {
        try
        {
            System.IO.File.Delete(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // left for the next compaction
        }
    }

    /// <summary>Closes the file.</summary>
    public void Dispose() => _handle.Dispose();
}
