using System.Diagnostics;

namespace MuscleSpasmInfo.Testing;

/// <summary>
/// A named pipe in a content folder: opening it to read blocks until something opens it to write, so a content load
/// stops at this file until <see cref="ReleaseAsync"/>. Released, it reads as empty (an error of that file alone).
/// </summary>
public sealed class HeldFile
{
    private HeldFile(string path) => Path = path;

    /// <summary>The pipe's full path.</summary>
    public string Path { get; }

    /// <summary>Makes the pipe at <paramref name="path"/> (with <c>mkfifo</c>).</summary>
    public static async Task<HeldFile> CreateAsync(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]);
        await mkfifo.WaitForExitAsync();
        return mkfifo.ExitCode == 0 ? new HeldFile(path) : throw new InvalidOperationException($"mkfifo {path} exited with {mkfifo.ExitCode}");
    }

    /// <summary>Lets the load go on: opens the pipe to write and closes it unwritten.</summary>
    public async Task ReleaseAsync()
    {
        await using var writer = new FileStream(Path, FileMode.Open, FileAccess.Write);
    }
}
