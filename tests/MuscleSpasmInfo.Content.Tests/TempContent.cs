namespace MuscleSpasmInfo.Content.Tests;

/// <summary>A content folder on disk for one test, deleted afterwards: tests use real files, not fakes.</summary>
public sealed class TempContent : IDisposable
{
    public TempContent()
    {
        Root = Path.Combine(Path.GetTempPath(), "msi-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    /// <summary>Writes a file under the folder, creating subfolders; returns its full path.</summary>
    public string Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Writes an article with the given front-matter lines and body.</summary>
    public string Article(string fileName, string frontMatter, string body = "Some text.") =>
        Write(fileName, $"---\n{frontMatter.Trim()}\n---\n\n{body}\n");

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
