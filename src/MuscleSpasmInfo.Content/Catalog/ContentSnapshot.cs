using MuscleSpasmInfo.Content.Build;
using MuscleSpasmInfo.Content.Categories;
using MuscleSpasmInfo.Content.Languages;

namespace MuscleSpasmInfo.Content.Catalog;

/// <summary>
/// Everything the site serves, built once and never changed: articles, categories, tags, guides and problems. A plain
/// value: a content change builds a new snapshot that replaces this one whole. The related and search indexes of a
/// snapshot are built after it by the services that own them, so a snapshot is live as soon as its pages are.
/// </summary>
public sealed class ContentSnapshot
{
    private const int MoreInCategoryCount = 5;

    private readonly SiteCatalog _catalog;
    private readonly Dictionary<string, Category> _categories;
    private readonly IReadOnlyDictionary<string, string> _aliases;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<Category>> _categoriesByLanguage;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<string>>> _synonyms;

    /// <summary>Makes a snapshot of the lists a build made.</summary>
    internal ContentSnapshot(
        long version,
        DateTimeOffset builtAt,
        SiteCatalog catalog,
        IReadOnlyList<Category> categories,
        IReadOnlyDictionary<string, string> aliases,
        IReadOnlyList<ContentProblem> problems,
        int errorCount,
        IReadOnlyList<string> skippedFiles,
        IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<string>>> synonyms,
        LanguageTable languages,
        LanguageCategories languageCategories,
        DateOnly? nextPublication,
        BuildState state,
        LoadTimings timings)
    {
        _catalog = catalog;
        State = state;
        Timings = timings;
        Version = version;
        BuiltAt = builtAt;
        Articles = catalog.Articles;
        Categories = categories;
        Problems = problems;
        ErrorCount = errorCount;
        SkippedFiles = skippedFiles;
        Languages = languages;
        _synonyms = synonyms;
        Synonyms = synonyms.GetValueOrDefault(languages.Default.Code) ?? [];
        NextPublication = nextPublication;
        _categories = categories.ToDictionary(c => c.Slug, StringComparer.Ordinal);
        // While categories.yml is broken the last good list serves; the default language's list is always that one.
        var byLanguage = new Dictionary<string, IReadOnlyList<Category>>(languageCategories.Lists, StringComparer.Ordinal) { [languages.Default.Code] = categories };
        _categoriesByLanguage = byLanguage;
        _aliases = aliases;
    }

    /// <summary>How long each stage of building this snapshot took and how much it recomputed, for the log.</summary>
    public LoadTimings Timings { get; }

    /// <summary>What the next build continues from: the version of each file served, and the file owning each slug.</summary>
    internal BuildState State { get; }

    /// <summary>Increases with each snapshot a process builds; pages and caches are keyed to it.</summary>
    public long Version { get; }

    public DateTimeOffset BuiltAt { get; }

    /// <summary>The earliest date on which an article written for the future is due to appear, if any.</summary>
    public DateOnly? NextPublication { get; }

    /// <summary>Every served article in every language, newest first.</summary>
    public IReadOnlyList<Article> Articles { get; }

    /// <summary>The categories of categories.yml, named in the default language.</summary>
    public IReadOnlyList<Category> Categories { get; }

    /// <summary>Every problem found while loading, errors and warnings, in path and line order.</summary>
    public IReadOnlyList<ContentProblem> Problems { get; }

    /// <summary>How many of <see cref="Problems"/> are errors (the rest are warnings); counted as the build went.</summary>
    public int ErrorCount { get; }

    /// <summary>Files left out of the site because of errors, relative to the content folder.</summary>
    public IReadOnlyList<string> SkippedFiles { get; }

    /// <summary>Groups of words that search treats as the same in the default language, from synonyms.txt.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Synonyms { get; }

    /// <summary>The languages the site publishes in, as the configuration declares them.</summary>
    public LanguageTable Languages { get; }

    /// <summary>The synonym groups of one language (synonyms.{code}.txt); the same list object while its file is unchanged.</summary>
    public IReadOnlyList<IReadOnlyList<string>> SynonymsOf(SiteLanguage language) =>
        _synonyms.GetValueOrDefault(language.Code) ?? [];

    /// <summary>Every served article in <paramref name="language"/>, newest first.</summary>
    public IReadOnlyList<Article> ArticlesIn(SiteLanguage language) =>
        _catalog.ByLanguage.TryGetValue(language.Code, out var articles) ? articles : [];

    /// <summary>The categories with their names in <paramref name="language"/>, in categories.yml's order.</summary>
    public IReadOnlyList<Category> CategoriesIn(SiteLanguage language) =>
        _categoriesByLanguage.GetValueOrDefault(language.Code) ?? [];

    /// <summary>The category <paramref name="slug"/> as <paramref name="language"/> names it, if that language has it.</summary>
    public Category? FindCategory(string slug, SiteLanguage language) =>
        language.IsDefault ? FindCategory(slug) : CategoriesIn(language).FirstOrDefault(c => c.Slug == slug);

    /// <summary>The article with <paramref name="slug"/> in <paramref name="language"/>.</summary>
    public Article? FindArticle(string slug, SiteLanguage language) => FindArticle(language.KeyOf(slug));

    /// <summary>The tag with <paramref name="slug"/> among the articles in <paramref name="language"/>.</summary>
    public Tag? FindTag(string slug, SiteLanguage language) => FindTag(language.KeyOf(slug));

    /// <summary>Every tag used by an article in <paramref name="language"/>.</summary>
    public IEnumerable<Tag> TagsIn(SiteLanguage language) => Tags.Where(t => (t.Language ?? Languages.Default) == language);

    /// <summary>Every guide whose pages are in <paramref name="language"/>.</summary>
    public IEnumerable<Guide> GuidesIn(SiteLanguage language) => Guides.Where(g => g.Language == language);

    /// <summary>
    /// The article and its translations, the default language first: the source article and every translation of it
    /// that is served. Just the article when it has none.
    /// </summary>
    public IReadOnlyList<Article> TranslationsOf(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return _catalog.Translations.TryGetValue(article.TranslationGroup, out var group) ? group : [article];
    }

    /// <summary>The default-language article a translation translates, if it is served.</summary>
    public Article? SourceOf(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return article.SourceKey is { } source ? FindArticle(source) : null;
    }

    /// <summary>Every tag used by a served article, by slug.</summary>
    public IEnumerable<Tag> Tags => _catalog.Tags.Values;

    /// <summary>Every guide, by slug.</summary>
    public IEnumerable<Guide> Guides => _catalog.Guides.Values;

    /// <summary>The article with this key (<see cref="SiteLanguage.KeyOf"/>): in the default language, its slug.</summary>
    public Article? FindArticle(string key) => _catalog.BySlug.GetValueOrDefault(key);

    public Category? FindCategory(string slug) => _categories.GetValueOrDefault(slug);

    public Tag? FindTag(string slug) => _catalog.Tags.GetValueOrDefault(slug);

    /// <summary>The article an old URL (an alias) now lives at, if any.</summary>
    public Article? FindByAlias(string path) =>
        _aliases.TryGetValue(path.TrimEnd('/'), out var slug) ? FindArticle(slug) : null;

    /// <summary>The category's articles in the category's language, newest first.</summary>
    public IReadOnlyList<Article> ArticlesIn(Category category)
    {
        ArgumentNullException.ThrowIfNull(category);
        return _catalog.ByCategory.TryGetValue((category.Language ?? Languages.Default).KeyOf(category.Slug), out var articles) ? articles : [];
    }

    /// <summary>The category an article belongs to, named in the article's language, if it names one.</summary>
    public Category? CategoryOf(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return article.Meta.Category is { } slug ? FindCategory(slug, article.Language) : null;
    }

    /// <summary>Other articles of the same category and language, newest first, never the article itself.</summary>
    public IReadOnlyList<Article> MoreInCategory(Article article) =>
        CategoryOf(article) is { } category
            ? [.. ArticlesIn(category).Where(a => a.Key != article.Key).Take(MoreInCategoryCount)]
            : [];

    /// <summary>The guide the article is a page of, if any: a guide of its own language.</summary>
    public Guide? GuideOf(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return article.Meta.Guide is { } slug ? _catalog.Guides.GetValueOrDefault(article.Language.KeyOf(slug)) : null;
    }

    /// <summary>The tags of an article, as the snapshot knows them.</summary>
    public IEnumerable<Tag> TagsOf(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return article.TagSlugs.Select(t => FindTag(article.Language.KeyOf(t))).OfType<Tag>().DistinctBy(t => t.Slug);
    }
}
