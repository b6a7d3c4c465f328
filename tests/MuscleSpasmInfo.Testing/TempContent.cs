namespace MuscleSpasmInfo.Testing;

/// <summary>A content folder on disk for one test, deleted afterwards: tests use real files, not fakes.</summary>
public sealed class TempContent : IDisposable
{
    /// <summary>Creates an empty folder under the system's temporary folder.</summary>
    public TempContent()
    {
        Root = Path.Combine(Path.GetTempPath(), "msi-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    /// <summary>The folder's full path.</summary>
    public string Root { get; }

    /// <summary>A new folder holding a copy of every file under <paramref name="source"/>, so a test can edit them freely.</summary>
    public static TempContent CopyOf(string source)
    {
        var content = new TempContent();
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(content.Root, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return content;
    }

    /// <summary>Writes a file under the folder, creating subfolders; returns its full path.</summary>
    public string Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Writes an article with the given front-matter lines and body.</summary>
    public string Article(string fileName, string frontMatter, string body = "Some text.")
    {
        ArgumentNullException.ThrowIfNull(frontMatter);
        return Write(fileName, $"---\n{frontMatter.Trim()}\n---\n\n{body}\n");
    }

    /// <summary>Deletes the folder and everything in it.</summary>
    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow machine must not fail the test that already passed.
        }
    }
}
