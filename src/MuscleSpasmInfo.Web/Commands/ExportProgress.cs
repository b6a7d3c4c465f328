namespace MuscleSpasmInfo.Web.Commands;

/// <summary>A progress line on a terminal (not when standard error is redirected), rewritten in place.</summary>
internal sealed class ExportProgress(int total)
{
    private readonly bool _visible = !Console.IsErrorRedirected;
    private int _done;

    /// <summary>Counts one page; redraws the line every 250 pages and at the last.</summary>
    public void Step()
    {
        var done = Interlocked.Increment(ref _done);
        if (_visible && (done % 250 == 0 || done == total))
        {
            Console.Error.Write($"\rexport: {done}/{total} pages");
        }
    }

    /// <summary>Ends the progress line, so what follows starts on a line of its own.</summary>
    public void Done()
    {
        if (_visible)
        {
            Console.Error.WriteLine();
        }
    }
}
