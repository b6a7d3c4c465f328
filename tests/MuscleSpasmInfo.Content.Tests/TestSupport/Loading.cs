using MuscleSpasmInfo.Content.Catalog;
using MuscleSpasmInfo.Content.Markdown;

namespace MuscleSpasmInfo.Content.Tests.TestSupport;

/// <summary>Builds loaders over a folder the way the site does, with a fixed day for "today".</summary>
public static class Loading
{
    /// <summary>The day tests treat as today unless they say otherwise.</summary>
    public static readonly DateOnly Today = new(2025, 6, 1);

    private static readonly MarkdownRenderer SharedRenderer = new();

    public static ContentLoader LoaderFor(string root, DateOnly? today = null, Action<ContentOptions>? configure = null)
    {
        var options = new ContentOptions { Path = root };
        configure?.Invoke(options);
        return new ContentLoader(options, SharedRenderer, new FixedClock(today ?? Today));
    }

    public static ContentSnapshot Load(string root, DateOnly? today = null, Action<ContentOptions>? configure = null) =>
        LoaderFor(root, today, configure).Load();

    /// <summary>A categories.yml with the two categories most tests use: causes and treatments.</summary>
    public static void WriteCategories(this TempContent content) =>
        content.Write("categories.yml", """
            - slug: causes
              name: Causes
              description: What triggers spasms.
            - slug: treatments
              name: Treatments
              description: What helps.
            """);

    /// <summary>Problems as the check prints them, for assertion messages that show what was found.</summary>
    public static string Describe(this ContentSnapshot snapshot) =>
        string.Join('\n', snapshot.Problems.Select(p => p.ToString()));

    public static IEnumerable<ContentProblem> ProblemsIn(this ContentSnapshot snapshot, string path) =>
        snapshot.Problems.Where(p => p.Path == path);

    public static IEnumerable<ContentProblem> Errors(this ContentSnapshot snapshot) =>
        snapshot.Problems.Where(p => p.Severity == ProblemSeverity.Error);
}
