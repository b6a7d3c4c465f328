using MuscleSpasmInfo.Content.Checks;
using MuscleSpasmInfo.Content.Catalog;

namespace MuscleSpasmInfo.Content.Build;

/// <summary>
/// The first stage: each Markdown file read and parsed (text checks, front matter, rendering). Depends on the file's
/// stamp; a file whose stamp changed but whose bytes did not keeps its parse, so later stages see the same object.
/// </summary>
internal sealed class ParseStage(FileParser parser)
{
    private readonly Memo<string, FileStamp, ParsedFile> _memo = new(StringComparer.Ordinal);

    /// <summary>How many files the last run read and parsed.</summary>
    public int Computed { get; private set; }

    /// <summary>Every file parsed, in the order given.</summary>
    public ParsedFile[] Run(IReadOnlyList<SourceFile> files)
    {
        var parsed = new ParsedFile[files.Count];
        var misses = new List<int>();
        for (var i = 0; i < files.Count; i++)
        {
            if (files[i].Touched || !_memo.TryReuse(files[i].Path, files[i].Stamp, out parsed[i]))
            {
                misses.Add(i);
            }
        }

        Parallel.ForEach(misses, i => parsed[i] = Read(files[i]));
        foreach (var i in misses)
        {
            _memo.Put(files[i].Path, files[i].Stamp, parsed[i]);
        }

        Computed = _memo.Computed;
        _memo.Complete();
        return parsed;
    }

    private ParsedFile Read(SourceFile file)
    {
        try
        {
            var bytes = File.ReadAllBytes(file.FullPath);
            var hash = FileParser.HashOf(bytes);
            return _memo.TryGetPrevious(file.Path, out var previous) && previous.Hash == hash ? previous : parser.Parse(file.Path, bytes, hash);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new ParsedFile(file.Path, null, null, [ContentChecks.Unreadable.At(file.Path, 1, 1, $"cannot read the file: {ex.Message}")], string.Empty);
        }
#pragma warning disable CA1031 // One file's content must never take the site down: any parser failure becomes a problem of that file.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return new ParsedFile(file.Path, null, null, [ContentChecks.Unreadable.At(file.Path, 1, 1, $"cannot parse the file: {ex.GetType().Name}: {ex.Message}")], string.Empty);
        }
    }
}
