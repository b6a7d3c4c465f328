using System.Reflection;

namespace MuscleSpasmInfo.Testing;

/// <summary>Paths in the repository the tests were built from, found by walking up from the test binaries to MuscleSpasmInfo.sln.</summary>
public static class Repository
{
    /// <summary>The folder holding MuscleSpasmInfo.sln.</summary>
    public static string Root
    {
        get
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
    }

    /// <summary>The site's own content folder, <c>content/</c>.</summary>
    public static string ContentFolder => Path.Combine(Root, "content");

    /// <summary>The TestResults folder of the test project that built <paramref name="testAssembly"/>, for files a person reads after a run.</summary>
    public static string TestResultsOf(Assembly testAssembly)
    {
        ArgumentNullException.ThrowIfNull(testAssembly);
        return Path.Combine(Root, "tests", testAssembly.GetName().Name!, "TestResults");
    }
}
