using Microsoft.Win32.SafeHandles;

namespace MuscleSpasmInfo.Content.Build;

/// <summary>Positioned reads that fill a buffer: one read may return fewer bytes than asked before the file ends.</summary>
internal static class FileReads
{
    /// <summary>Reads into <paramref name="into"/> from <paramref name="offset"/> until it is full or the file ends; returns how many bytes it read.</summary>
    public static int Fill(SafeFileHandle handle, Span<byte> into, long offset = 0)
    {
        var read = 0;
        int n;
        while (read < into.Length && (n = RandomAccess.Read(handle, into[read..], offset + read)) > 0)
        {
            read += n;
        }

        return read;
    }
}
