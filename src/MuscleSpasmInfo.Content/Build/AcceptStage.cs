using MuscleSpasmInfo.Content.Catalog;
using MuscleSpasmInfo.Content.Checks;

namespace MuscleSpasmInfo.Content.Build;

/// <summary>What the site serves of one file: the file, or its last good version while it has errors, or nothing.</summary>
/// <param name="Served">The version served, or null.</param>
/// <param name="Problems">The problems of the file alone, and of its slug and category.</param>
/// <param name="Skipped">The file as it is now is left out of the site.</param>
internal sealed record Accepted(ParsedFile? Served, IReadOnlyList<ContentProblem> Problems, bool Skipped);

/// <summary>
/// The second stage: each parsed file checked against the site's categories, and kept out while it has errors. A file
/// with errors that served before keeps serving its last good version, so a half-finished edit never takes a page down.
/// Depends on the file's parse, the category slugs and the version served before.
/// </summary>
internal sealed class AcceptStage
{
    private LanguageCategories? _categories;

    /// <summary>What is served of each file, by path.</summary>
    public StageResults<string, Accepted> Results { get; } = new(StringComparer.Ordinal);

    /// <summary>Accepts the files whose parse changed, or every file when the categories did; returns the paths that changed.</summary>
    public IReadOnlySet<string> Run(StageResults<string, ParsedFile> parsed, IReadOnlySet<string> parseChanged, LanguageCategories categories, BuildState before)
    {
        var dirty = ReferenceEquals(categories, _categories) ? parseChanged : (IEnumerable<string>)[.. parsed.Current.Keys, .. parseChanged];
        _categories = categories;
        return Results.Update(dirty, (path, _) => parsed[path] is { } file ? Accept(file, categories, before.Accepted.GetValueOrDefault(path)?.Served) : null);
    }

    private static Accepted Accept(ParsedFile file, LanguageCategories categorySlugs, ParsedFile? lastGood)
    {
        var problems = new List<ContentProblem>(file.Problems);
        problems.AddRange(Check(file, categorySlugs));
        if (!file.HasErrors && problems.All(p => p.Severity != ProblemSeverity.Error))
        {
            return new Accepted(file, problems, Skipped: false);
        }

        if (lastGood is not null && !ReferenceEquals(lastGood, file) && Check(lastGood, categorySlugs).All(p => p.Severity != ProblemSeverity.Error))
        {
            problems.Add(ContentChecks.LastGoodServed.At(file.Path, 1, 1, "serving the last good version of this file until its errors are fixed"));
            return new Accepted(lastGood, problems, Skipped: true);
        }

        return new Accepted(null, problems, Skipped: true);
    }

    /// <summary>Problems of one file that need the site's categories to find; errors keep the file out.</summary>
    private static List<ContentProblem> Check(ParsedFile file, LanguageCategories categories)
    {
        var categorySlugs = categories.DefaultSlugs;
        var ownSlugs = categories.Slugs.GetValueOrDefault(file.Language.Code) ?? new HashSet<string>();
        var problems = new List<ContentProblem>();
        if (file.Meta is not { } meta)
        {
            return problems;
        }

        if (!Slugs.IsValid(file.Slug))
        {
            problems.Add(ContentChecks.InvalidSlug.At(file.Path, file.LineOf("slug"), 1,
                $"slug '{file.Slug}' must be lower-case letters, digits and hyphens (set 'slug:' or rename the file)"));
        }

        if (meta.Category is null)
        {
            problems.Add(ContentChecks.NoCategory.At(file.Path, 1, 1, "no category: the article is listed under no category"));
        }
        else if (!categorySlugs.Contains(meta.Category))
        {
            problems.Add(ContentChecks.UnknownCategory.At(file.Path, file.LineOf("category"), 1,
                $"unknown category '{meta.Category}'; categories.yml lists: {string.Join(", ", categorySlugs.Order(StringComparer.Ordinal))}"));
        }
        else if (!ownSlugs.Contains(meta.Category))
        {
            var name = Categories.CategoriesFile.FileNameFor(file.Language);
            problems.Add(ContentChecks.CategoryNotTranslated.At(file.Path, file.LineOf("category"), 1,
                $"category '{meta.Category}' is missing from {name}: add its name in {file.Language.Name} there"));
        }

        if (file.Meta.TranslationOf is { } source && !Slugs.IsValid(source))
        {
            problems.Add(ContentChecks.MissingSource.At(file.Path, file.LineOf("translationOf"), 1,
                $"translationOf '{source}' is not a slug (lower-case letters, digits and hyphens)"));
        }

        return problems;
    }
}
