using System.Diagnostics;

namespace MuscleSpasmInfo.Testing;

/// <summary>Runs the site's executable with a command (check, export) as an editor would, through <c>dotnet run</c>.</summary>
public static class SiteCommand
{
    /// <summary>Runs <c>dotnet run --no-build --project src/MuscleSpasmInfo.Web -- ARGS</c> (no launch profile: Production); returns the exit code and all output.</summary>
    public static async Task<(int Exit, string Output)> RunAsync(IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment)
    {
        using var process = Process.Start(StartInfo(arguments, environment))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (process.ExitCode, await stdout + await stderr);
    }

    /// <summary>How to start <c>dotnet run --no-build --project src/MuscleSpasmInfo.Web -- ARGS</c> with output redirected.</summary>
    public static ProcessStartInfo StartInfo(IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var project = Path.Combine(Repository.Root, "src", "MuscleSpasmInfo.Web");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "run", "--no-build", "--no-launch-profile", "--project", project, "--" }.Concat(arguments))
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return start;
    }
}
