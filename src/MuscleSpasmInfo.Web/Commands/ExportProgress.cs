namespace MuscleSpasmInfo.Web.Commands;

/// <summary>A progress line rewritten in place on <paramref name="terminal"/>; none when that is null (output redirected).</summary>
internal sealed class ExportProgress(int total, TextWriter? terminal)
{
    private int _done;

    /// <summary>Counts one page; redraws the line every 250 pages and at the last.</summary>
    public void Step()
    {
        var done = Interlocked.Increment(ref _done);
        if (terminal is not null && (done % 250 == 0 || done == total))
        {
            terminal.Write($"\rexport: {done}/{total} pages");
        }
    }

    /// <summary>Ends the progress line, so what follows starts on a line of its own.</summary>
    public void Done()
    {
        if (terminal is not null)
        {
            terminal.WriteLine();
        }
    }
}
