using Microsoft.Extensions.Options;
using MuscleSpasmInfo.Content;
using MuscleSpasmInfo.Content.Catalog;

namespace MuscleSpasmInfo.Web.Commands;

/// <summary>
/// <c>check [--content DIR]</c>: validates the content folder without serving it and prints one line per problem in the
/// form compilers use, so editors can jump to it. Exit code 1 when there is any error. <c>check --list</c> prints every
/// check instead: its code, severity, what it reads and what it finds.
/// </summary>
internal static class CheckCommand
{
    /// <summary>Prints every check the engine runs, one a line, in code order.</summary>
    public static int List(TextWriter output)
    {
        foreach (var check in Content.Checks.ContentChecks.All)
        {
            output.WriteLine(check);
        }

        return 0;
    }

    public static int Run(IServiceProvider services, TextWriter output)
    {
        var loader = services.GetRequiredService<ContentLoader>();
        var options = services.GetRequiredService<IOptions<ContentOptions>>().Value;
        var snapshot = loader.Load();
        foreach (var problem in snapshot.Problems)
        {
            output.WriteLine(problem);
        }

        var errors = snapshot.Problems.Count(p => p.Severity == ProblemSeverity.Error);
        var warnings = snapshot.Problems.Count - errors;
        var files = snapshot.Problems.Select(p => p.Path).Distinct(StringComparer.Ordinal).Count();
        output.WriteLine(
            $"{options.Path}: {snapshot.Articles.Count} articles served, {snapshot.SkippedFiles.Count} files skipped; " +
            $"{errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")} in {files} file{(files == 1 ? "" : "s")}");
        return errors > 0 ? 1 : 0;
    }
}
