using Microsoft.Extensions.Options;
using MuscleSpasmInfo.Content;
using MuscleSpasmInfo.Content.Catalog;

namespace MuscleSpasmInfo.Web.Commands;

/// <summary>
/// <c>check [--content DIR]</c>: validates the content folder without serving it and prints one line per problem in the
/// form compilers use, so editors can jump to it. Exit code 1 when there is any error. <c>check --list</c> prints every
/// check instead: its code, severity, what it reads and what it finds. <c>check --related SLUG</c> lists the article's
/// related candidates with each part of their scores.
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

    /// <summary>
    /// Prints <paramref name="slug"/>'s related candidates, best first, with the parts of each score, marking those the
    /// page lists; exit code 1 for an unknown slug.
    /// </summary>
    public static int Related(IServiceProvider services, string slug, TextWriter output)
    {
        var snapshot = services.GetRequiredService<ContentLoader>().Load();
        if (snapshot.FindArticle(slug) is not { } article)
        {
            output.WriteLine($"{slug}: no such article");
            return 1;
        }

        // Related content stays within a language, so the candidates are the article's language's articles.
        var articles = snapshot.ArticlesIn(article.Language);
        var builder = new Content.Related.RelatedContentBuilder();
        var listed = builder.Build(articles).For(article.Key);
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        output.WriteLine($"Related content for {slug} (listed: {string.Join(", ", listed)})");
        output.WriteLine("listed  ranked    tags  category   text  names  names-in-text    hub  candidate");
        foreach (var c in builder.Explain(article.Key))
        {
            var s = c.Score;
            output.WriteLine(string.Create(invariant,
                $"{(listed.Contains(c.Slug) ? "   yes" : "      ")}  {c.Ranked,6:0.000}  {s.Tags,6:0.000}  {s.Category,8:0.000}  {s.Text,5:0.000}  {s.Names,5:0.000}  {s.NamesInText,13:0.000}  {c.Hub,5:0.000}  {c.Slug}"));
        }

        output.WriteLine(string.Create(invariant,
            $"ranked = tags + category + text + names + names-in-text - {new Content.Related.RelatedContentOptions().HubPenalty} x hub; pinned `related` slugs come first."));
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
