using MuscleSpasmInfo.Content.Checks;
using MuscleSpasmInfo.Content.Categories;

namespace MuscleSpasmInfo.Content.Build;

/// <summary>
/// The two small files every article depends on, categories.yml and synonyms.txt: read on every build (they are a few
/// lines), parsed only when their text changed.
/// </summary>
internal sealed class SiteFiles(string root)
{
    /// <summary>The file naming groups of words that search treats alike.</summary>
    public const string SynonymsFileName = "synonyms.txt";

    // The last text read of each file, with what it parsed to: the same text gives the same objects, so the stages
    // after this one see that nothing changed.
    private ((string? Text, string? Error) Read, (IReadOnlyList<Category> Categories, IReadOnlyList<ContentProblem> Problems, IReadOnlySet<string> Slugs) Parsed)? _categories;
    private (IReadOnlyList<Category> Categories, IReadOnlySet<string> Slugs)? _lastGood;
    private (string? Text, IReadOnlyList<IReadOnlyList<string>> Groups)? _synonyms;

    /// <summary>
    /// The categories to build with: this text's, or while it has errors the last good ones (<paramref name="lastGood"/>),
    /// so one typo in categories.yml does not take every article's category away.
    /// </summary>
    public (IReadOnlyList<Category> Categories, IReadOnlySet<string> Slugs) Categories(IReadOnlyList<Category>? lastGood, List<ContentProblem> problems)
    {
        var text = ReadText(CategoriesFile.FileName, out var error);
        if (_categories is not { } last || last.Read != (text, error))
        {
            _categories = last = ((text, error), ParseCategories(text, error));
        }

        var parsed = last.Parsed;
        problems.AddRange(parsed.Problems);
        if (parsed.Problems.Any(p => p.Severity == ProblemSeverity.Error) && lastGood is { Count: > 0 })
        {
            problems.Add(ContentChecks.LastGoodCategories.At(CategoriesFile.FileName, 1, 1, "serving the last good categories until the errors are fixed"));
            return (lastGood, SlugsOf(lastGood));
        }

        return (parsed.Categories, parsed.Slugs);
    }

    /// <summary>
    /// The slugs of categories kept from an earlier build, the same set for the same list: a new set would tell the
    /// accept stage the categories changed, and every file would be accepted again on every build.
    /// </summary>
    public IReadOnlySet<string> SlugsOf(IReadOnlyList<Category> categories)
    {
        if (_lastGood is not { } known || !ReferenceEquals(known.Categories, categories))
        {
            _lastGood = known = (categories, categories.Select(c => c.Slug).ToHashSet(StringComparer.Ordinal));
        }

        return known.Slugs;
    }

    /// <summary>The synonym groups, one per line of comma-separated words; none when the file is missing.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Synonyms()
    {
        var text = ReadText(SynonymsFileName, out _);
        if (_synonyms is not { } last || last.Text != text)
        {
            _synonyms = last = (text, text is null ? [] : ParseSynonyms(text));
        }

        return last.Groups;
    }

    private static (IReadOnlyList<Category>, IReadOnlyList<ContentProblem>, IReadOnlySet<string>) ParseCategories(string? text, string? error)
    {
        var problems = new List<ContentProblem>();
        IReadOnlyList<Category> categories = [];
        if (text is not null)
        {
            categories = CategoriesFile.Parse(text, problems);
        }
        else
        {
            problems.Add(ContentChecks.CategoriesMissing.At(CategoriesFile.FileName, 1, 1, error ?? $"{CategoriesFile.FileName} is missing: articles cannot name a category"));
        }

        return (categories, problems, categories.Select(c => c.Slug).ToHashSet(StringComparer.Ordinal));
    }

    private static List<IReadOnlyList<string>> ParseSynonyms(string text) =>
        [.. text.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => (IReadOnlyList<string>)[.. l.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)])
            .Where(g => g.Count > 1)];

    /// <summary>The file's text, or null when it is missing or, with <paramref name="error"/> saying why, unreadable.</summary>
    private string? ReadText(string name, out string? error)
    {
        error = null;
        try
        {
            return File.ReadAllText(Path.Combine(root, name));
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error = $"cannot read the file: {ex.Message}";
            return null;
        }
    }
}
