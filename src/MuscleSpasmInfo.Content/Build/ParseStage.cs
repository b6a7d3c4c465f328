using System.Buffers;
using MuscleSpasmInfo.Content.Catalog;
using MuscleSpasmInfo.Content.Checks;

namespace MuscleSpasmInfo.Content.Build;

/// <summary>
/// The first stage: each Markdown file read and parsed (text checks, front matter, rendering). Depends on the file's
/// stamp, so it runs for the files the folder scan says changed; a file whose bytes did not change keeps its parse,
/// so later stages see the same object and nothing after it runs for that file.
/// </summary>
internal sealed class ParseStage(FileParser parser, BuildCache? cache = null)
{
    private int _cached;

    /// <summary>How many of the last build's files came from the build cache rather than the parser.</summary>
    public int Cached => _cached;

    /// <summary>The parse of each file, by path.</summary>
    public StageResults<string, ParsedFile> Results { get; } = new(StringComparer.Ordinal);

    /// <summary>Parses the changed files, in parallel; returns the paths whose parse changed (or which are gone).</summary>
    public IReadOnlySet<string> Run(IReadOnlyList<SourceFile> changed)
    {
        var parsed = new ParsedFile?[changed.Count];
        _cached = 0;
        Parallel.For(0, changed.Count, Parallelism.Options(), i => parsed[i] = changed[i].Stamp is null ? Gone(changed[i]) : Read(changed[i], Results[changed[i].Path]));
        var byPath = new Dictionary<string, ParsedFile?>(changed.Count, StringComparer.Ordinal);
        for (var i = 0; i < changed.Count; i++)
        {
            byPath[changed[i].Path] = parsed[i];
        }

        return Results.Update(byPath.Keys, (path, _) => byPath[path]);
    }

    private ParsedFile? Gone(SourceFile file)
    {
        cache?.Forget(file.Path);
        return null;
    }

    private ParsedFile Read(SourceFile file, ParsedFile? before)
    {
        try
        {
            // The bytes are only hashed and parsed, never kept: a pooled buffer, so a restart whose parses all come from
            // the build cache does not make a garbage copy of the whole content folder for the collector to sweep.
            using var handle = File.OpenHandle(file.FullPath);
            var length = checked((int)RandomAccess.GetLength(handle));
            var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));
            try
            {
                var bytes = buffer.AsSpan(0, FileReads.Fill(handle, buffer.AsSpan(0, length))); // fewer when it shrank meanwhile
                var hash = FileParser.HashOf(bytes);
                if (before is not null && before.Hash == hash)
                {
                    return before;
                }

                if (cache?.TryLoad(file.Path, hash, parser.Fingerprint, parser.Languages) is { } cached)
                {
                    Interlocked.Increment(ref _cached);
                    return cached;
                }

                var parsed = parser.Parse(file.Path, bytes, hash);
                cache?.Add(parsed, parser.Fingerprint);
                return parsed;
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new ParsedFile(file.Path, null, null, [ContentChecks.Unreadable.At(file.Path, 1, 1, $"cannot read the file: {ex.Message}")], string.Empty, parser.Languages.Default, Path.GetFileNameWithoutExtension(file.Path));
        }
#pragma warning disable CA1031 // One file's content must never take the site down: any parser failure becomes a problem of that file.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return new ParsedFile(file.Path, null, null, [ContentChecks.Unreadable.At(file.Path, 1, 1, $"cannot parse the file: {ex.GetType().Name}: {ex.Message}")], string.Empty, parser.Languages.Default, Path.GetFileNameWithoutExtension(file.Path));
        }
    }
}
