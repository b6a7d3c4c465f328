using MuscleSpasmInfo.Content.Build;
using MuscleSpasmInfo.Content.Categories;

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

    /// <summary>Makes a snapshot of the lists a build made.</summary>
    internal ContentSnapshot(
        long version,
        DateTimeOffset builtAt,
        SiteCatalog catalog,
        IReadOnlyList<Category> categories,
        IReadOnlyDictionary<string, string> aliases,
        IReadOnlyList<ContentProblem> problems,
        IReadOnlyList<string> skippedFiles,
        IReadOnlyList<IReadOnlyList<string>> synonyms,
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
        SkippedFiles = skippedFiles;
        Synonyms = synonyms;
        NextPublication = nextPublication;
        _categories = categories.ToDictionary(c => c.Slug, StringComparer.Ordinal);
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

    /// <summary>Every served article, newest first.</summary>
    public IReadOnlyList<Article> Articles { get; }

    public IReadOnlyList<Category> Categories { get; }

    /// <summary>Every problem found while loading, errors and warnings, in path and line order.</summary>
    public IReadOnlyList<ContentProblem> Problems { get; }

    /// <summary>Files left out of the site because of errors, relative to the content folder.</summary>
    public IReadOnlyList<string> SkippedFiles { get; }

    /// <summary>Groups of words that search treats as the same, from synonyms.txt.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Synonyms { get; }

    /// <summary>Every tag used by a served article, by slug.</summary>
    public IEnumerable<Tag> Tags => _catalog.Tags.Values;

    /// <summary>Every guide, by slug.</summary>
    public IEnumerable<Guide> Guides => _catalog.Guides.Values;

    public Article? FindArticle(string slug) => _catalog.BySlug.GetValueOrDefault(slug);

    public Category? FindCategory(string slug) => _categories.GetValueOrDefault(slug);

    public Tag? FindTag(string slug) => _catalog.Tags.GetValueOrDefault(slug);

    /// <summary>The article an old URL (an alias) now lives at, if any.</summary>
    public Article? FindByAlias(string path) =>
        _aliases.TryGetValue(path.TrimEnd('/'), out var slug) ? FindArticle(slug) : null;

    /// <summary>The category's articles, newest first.</summary>
    public IReadOnlyList<Article> ArticlesIn(Category category) =>
        _catalog.ByCategory.TryGetValue(category.Slug, out var articles) ? articles : [];

    /// <summary>The category an article belongs to, if it names one.</summary>
    public Category? CategoryOf(Article article) => article.Meta.Category is { } slug ? FindCategory(slug) : null;

    /// <summary>Other articles of the same category, newest first, never the article itself.</summary>
    public IReadOnlyList<Article> MoreInCategory(Article article) =>
        CategoryOf(article) is { } category
            ? [.. ArticlesIn(category).Where(a => a.Slug != article.Slug).Take(MoreInCategoryCount)]
            : [];

    /// <summary>The guide the article is a page of, if any.</summary>
    public Guide? GuideOf(Article article) => article.Meta.Guide is { } slug ? _catalog.Guides.GetValueOrDefault(slug) : null;

    /// <summary>The tags of an article, as the snapshot knows them.</summary>
    public IEnumerable<Tag> TagsOf(Article article) =>
        article.TagSlugs.Select(FindTag).OfType<Tag>().DistinctBy(t => t.Slug);
}
