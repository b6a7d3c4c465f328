namespace MuscleSpasmInfo.Browser.Tests;

/// <summary>
/// The programs this project's tests drive, none of which comes from NuGet: Chromium, axe-core and the Nu Html Checker
/// (npm packages), Java to run the checker, and nginx to serve the static export.
/// </summary>
public sealed record Tools(string Chromium, string AxeScript, string VnuJar, string Java, string Nginx)
{
    private const string Install =
        "Run `bash tests/run.sh` from the repository root: it installs what is missing " +
        "(apt-get install chromium openjdk-17-jre-headless nginx; npm ci --ignore-scripts for axe-core and vnu-jar) and runs the tests.";

    /// <summary>Every tool, or an exception naming all that are missing and the script that installs them.</summary>
    public static Tools Find()
    {
        var root = Repository.Root;
        var missing = new List<string>();
        var chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } configured
            ? configured
            : FindOnPath("chromium") ?? "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            missing.Add($"Chromium at {chromium} (or set CHROMIUM_PATH)");
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
            missing.Add("java on the PATH");
        }

        // Debian puts nginx in /usr/sbin, which is not on every user's PATH.
        var nginx = FindOnPath("nginx") ?? (File.Exists("/usr/sbin/nginx") ? "/usr/sbin/nginx" : null);
        if (nginx is null)
        {
            missing.Add("nginx on the PATH or at /usr/sbin/nginx");
        }

        if (missing.Count > 0)
        {
            throw new InvalidOperationException("These tests need programs that NuGet does not install, and some are missing: " + string.Join("; ", missing) + ". " + Install);
        }

        return new Tools(chromium, axe, vnu, java!, nginx!);
    }

    private static string? FindOnPath(string name)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
    }
}
