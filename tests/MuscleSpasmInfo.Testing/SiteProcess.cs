using System.Diagnostics;
using System.Text.RegularExpressions;

namespace MuscleSpasmInfo.Testing;

/// <summary>
/// The site's executable serving a content folder in a process of its own, on 127.0.0.1 and a port it picks, stopped
/// (by its process id) on dispose. For what an in-process host cannot show: the server's own thread pool, which the
/// test's code would otherwise share.
/// </summary>
public sealed partial class SiteProcess : IDisposable
{
    private readonly Process _process;

    private SiteProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    /// <summary>Where the site listens, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Starts the site (<c>dotnet run --no-build</c>, Production) over <paramref name="contentPath"/> and waits until it listens.</summary>
    public static async Task<SiteProcess> StartAsync(string contentPath)
    {
        var start = SiteCommand.StartInfo([], new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
            ["Content__Path"] = contentPath,
            ["Content__MatchMeaning"] = "false",
        });
        var process = Process.Start(start)!;
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                if (Listening().Match(line) is { Success: true } match)
                {
                    // Keep reading, so a full pipe never stops the site's logging.
                    _ = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
                    return new SiteProcess(process, new Uri(match.Groups[1].Value + "/"));
                }
            }

            throw new InvalidOperationException($"the site exited with {process.ExitCode} before it listened");
        }
        catch
        {
            Stop(process);
            throw;
        }
    }

    /// <summary>Stops the site (and the <c>dotnet run</c> above it).</summary>
    public void Dispose() => Stop(_process);

    private static void Stop(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }

        process.Dispose();
    }

    [GeneratedRegex(@"""address"":""(http://127\.0\.0\.1:\d+)""")]
    private static partial Regex Listening();
}
