namespace MuscleSpasmInfo.Benchmarks.Quality;

/// <summary>A progress line on a terminal, rewritten in place; nothing when the output is redirected.</summary>
public sealed class Progress(string what, int total)
{
    private readonly bool _visible = !Console.IsErrorRedirected;
    private int _done;

    /// <summary>Counts one item done.</summary>
    public void Step()
    {
        _done++;
        if (_visible && (_done % 25 == 0 || _done == total))
        {
            Console.Error.Write($"\r{what}: {_done}/{total}{(_done == total ? "\n" : "")}");
        }
    }
}
