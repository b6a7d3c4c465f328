namespace MuscleSpasmInfo.Browser.Tests;

/// <summary>Finds the programs the browser tests drive, failing with the command that installs a missing one.</summary>
public sealed record Tools(string RepositoryRoot, string Chromium, string AxeScript, string VnuJar, string Java)
{
    private const string Install = "Run `bash .ci/run` (installs chromium, openjdk-17-jre-headless and the npm packages) or `npm ci --ignore-scripts` at the repository root.";

    /// <summary>Every tool, or an exception naming all that are missing and how to install them.</summary>
    public static Tools Find()
    {
        var root = FindRepositoryRoot();
        var missing = new List<string>();
        var chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } configured
            ? configured
            : FindOnPath("chromium") ?? "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            missing.Add($"Chromium at {chromium} (apt-get install chromium, or set CHROMIUM_PATH)");
        }

        var axe = Path.Combine(root, "node_modules", "axe-core", "axe.min.js");
        if (!File.Exists(axe))
        {
            missing.Add($"axe-core at {axe}");
        }

        var vnu = Path.Combine(root, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
        if (!File.Exists(vnu))
        {
            missing.Add($"the Nu Html Checker at {vnu}");
        }

        var java = FindOnPath("java");
        if (java is null)
        {
            missing.Add("java on the PATH (apt-get install openjdk-17-jre-headless)");
        }

        if (missing.Count > 0)
        {
            throw new InvalidOperationException("The browser tests need: " + string.Join("; ", missing) + ". " + Install);
        }

        return new Tools(root, chromium, axe, vnu, java!);
    }

    /// <summary>The folder holding MuscleSpasmInfo.sln, found by walking up from the test's output folder.</summary>
    public static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MuscleSpasmInfo.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("MuscleSpasmInfo.sln not found above " + AppContext.BaseDirectory);
    }

    private static string? FindOnPath(string name)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
    }
}
