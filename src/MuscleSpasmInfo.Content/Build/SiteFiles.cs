using MuscleSpasmInfo.Content.Checks;
using MuscleSpasmInfo.Content.Categories;

namespace MuscleSpasmInfo.Content.Build;

/// <summary>
/// The two small files every article depends on, categories.yml and synonyms.txt: read on every build (they are a few
/// lines), parsed only when their text changed.
/// </summary>
internal sealed class SiteFiles(string root, Languages.SiteLanguage defaultLanguage)
{
    /// <summary>The file naming groups of words that search treats alike.</summary>
    public const string SynonymsFileName = "synonyms.txt";

    // The last text read of each file, with what it parsed to: the same text gives the same objects, so the stages
    // after this one see that nothing changed.
    private ((string? Text, string? Error) Read, (IReadOnlyList<Category> Categories, IReadOnlyList<ContentProblem> Problems, IReadOnlySet<string> Slugs) Parsed)? _categories;
    private (IReadOnlyList<Category> Categories, IReadOnlySet<string> Slugs)? _lastGood;
    private readonly Dictionary<string, (string? Text, IReadOnlyList<IReadOnlyList<string>> Groups)> _synonyms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string? Text, IReadOnlyList<Category> Defaults, IReadOnlyList<Category> Categories, IReadOnlyList<ContentProblem> Problems)> _translated = new(StringComparer.Ordinal);
    private LanguageCategories? _languageCategories;

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

    /// <summary>
    /// The synonym groups of each language, one per line of comma-separated words: synonyms.txt for the default language,
    /// synonyms.{code}.txt for each other; none for a language whose file is missing. The same text gives the same list.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<string>>> Synonyms(Languages.LanguageTable languages)
    {
        var byLanguage = new Dictionary<string, IReadOnlyList<IReadOnlyList<string>>>(StringComparer.Ordinal);
        foreach (var language in languages.All)
        {
            var name = language.IsDefault ? SynonymsFileName : $"synonyms.{language.Code}.txt";
            var text = ReadText(name, out _);
            if (!_synonyms.TryGetValue(name, out var last) || last.Text != text)
            {
                _synonyms[name] = last = (text, text is null ? [] : ParseSynonyms(text));
            }

            byLanguage[language.Code] = last.Groups;
        }

        return byLanguage;
    }

    /// <summary>
    /// The categories of every language: the default language's (<paramref name="defaults"/>, from categories.yml) and
    /// each other's from categories.{code}.yml, which names the same slugs in that language; an entry whose slug is not in
    /// categories.yml is an error and left out. The same files give the same object, so the accept stage sees no change.
    /// </summary>
    public LanguageCategories Translated(Languages.LanguageTable languages, IReadOnlyList<Category> defaults, IReadOnlySet<string> defaultSlugs, List<ContentProblem> problems)
    {
        var lists = new Dictionary<string, IReadOnlyList<Category>>(StringComparer.Ordinal) { [languages.Default.Code] = defaults };
        foreach (var language in languages.All.Where(l => !l.IsDefault))
        {
            var name = CategoriesFile.FileNameFor(language);
            var text = ReadText(name, out var error);
            if (!_translated.TryGetValue(language.Code, out var last) || last.Text != text || !ReferenceEquals(last.Defaults, defaults))
            {
                var found = new List<ContentProblem>();
                if (error is not null)
                {
                    found.Add(ContentChecks.CategoriesMissing.At(name, 1, 1, error));
                }

                var parsed = text is null ? [] : CategoriesFile.Parse(text, found, name, language);
                foreach (var stray in parsed.Where(c => !defaultSlugs.Contains(c.Slug)))
                {
                    found.Add(ContentChecks.CategoriesInvalid.At(name, 1, 1, $"category '{stray.Slug}' is not in {CategoriesFile.FileName}; a language's categories translate those of {CategoriesFile.FileName}"));
                }

                _translated[language.Code] = last = (text, defaults, [.. parsed.Where(c => defaultSlugs.Contains(c.Slug))], found);
            }

            problems.AddRange(last.Problems);
            lists[language.Code] = last.Categories;
        }

        if (_languageCategories is { } known && known.Lists.Count == lists.Count && lists.All(l => known.Lists.TryGetValue(l.Key, out var same) && ReferenceEquals(same, l.Value)))
        {
            return known;
        }

        var slugs = lists.ToDictionary(l => l.Key, l => ReferenceEquals(l.Value, defaults) ? defaultSlugs : (IReadOnlySet<string>)l.Value.Select(c => c.Slug).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        return _languageCategories = new LanguageCategories(lists, slugs, languages.Default.Code);
    }

    private (IReadOnlyList<Category>, IReadOnlyList<ContentProblem>, IReadOnlySet<string>) ParseCategories(string? text, string? error)
    {
        var problems = new List<ContentProblem>();
        IReadOnlyList<Category> categories = [];
        if (text is not null)
        {
            categories = CategoriesFile.Parse(text, problems, CategoriesFile.FileName, defaultLanguage);
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
