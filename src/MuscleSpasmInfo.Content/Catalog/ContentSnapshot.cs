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

    private readonly Dictionary<string, Article> _bySlug;
    private readonly Dictionary<string, Category> _categories;
    private readonly Dictionary<string, IReadOnlyList<Article>> _byCategory;
    private readonly Dictionary<string, Tag> _tags;
    private readonly Dictionary<string, Guide> _guides;
    private readonly Dictionary<string, string> _aliases;

    /// <summary>Builds a snapshot of <paramref name="articles"/>; the lists are made here, in article order.</summary>
    internal ContentSnapshot(
        long version,
        DateTimeOffset builtAt,
        IReadOnlyList<Article> articles,
        IReadOnlyList<Category> categories,
        IReadOnlyDictionary<string, string> aliases,
        IReadOnlyList<ContentProblem> problems,
        IReadOnlyList<string> skippedFiles,
        IReadOnlyList<IReadOnlyList<string>> synonyms,
        DateOnly? nextPublication,
        BuildState state,
        LoadTimings timings)
    {
        State = state;
        Timings = timings;
        Version = version;
        BuiltAt = builtAt;
        var sorted = articles.ToList();
        sorted.Sort(ArticleOrder.Instance);
        Articles = sorted;
        Categories = categories;
        Problems = problems;
        SkippedFiles = skippedFiles;
        Synonyms = synonyms;
        NextPublication = nextPublication;
        _bySlug = Articles.ToDictionary(a => a.Slug, StringComparer.Ordinal);
        _categories = categories.ToDictionary(c => c.Slug, StringComparer.Ordinal);
        var byCategory = Articles.Where(a => a.Meta.Category is not null).ToLookup(a => a.Meta.Category!, StringComparer.Ordinal);
        _byCategory = categories.ToDictionary(c => c.Slug, c => (IReadOnlyList<Article>)[.. byCategory[c.Slug]], StringComparer.Ordinal);
        _tags = Articles
            .SelectMany(a => a.Meta.Tags.Select((t, i) => (Slug: a.TagSlugs[i], Name: t, Article: a)))
            .Where(t => t.Slug.Length > 0)
            .GroupBy(t => t.Slug, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => new Tag(g.Key, g.First().Name, [.. g.Select(t => t.Article).DistinctBy(a => a.Slug)]),
                StringComparer.Ordinal);
        _guides = Articles
            .Where(a => a.Meta.Guide is not null)
            .GroupBy(a => a.Meta.Guide!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => BuildGuide(g.Key, g), StringComparer.Ordinal);
        _aliases = aliases.ToDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The guide <paramref name="slug"/> of <paramref name="pages"/>, given in article order.</summary>
    private Guide BuildGuide(string slug, IEnumerable<Article> pages) =>
        new(
            slug,
            _bySlug.TryGetValue(slug, out var landing) ? landing.Title : slug,
            [.. pages.OrderBy(a => a.Meta.Order ?? int.MaxValue).ThenBy(a => a.Title, StringComparer.OrdinalIgnoreCase)]);

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

    public IEnumerable<Tag> Tags => _tags.Values;

    public IEnumerable<Guide> Guides => _guides.Values;

    public Article? FindArticle(string slug) => _bySlug.GetValueOrDefault(slug);

    public Category? FindCategory(string slug) => _categories.GetValueOrDefault(slug);

    public Tag? FindTag(string slug) => _tags.GetValueOrDefault(slug);

    /// <summary>The article an old URL (an alias) now lives at, if any.</summary>
    public Article? FindByAlias(string path) =>
        _aliases.TryGetValue(path.TrimEnd('/'), out var slug) ? FindArticle(slug) : null;

    /// <summary>The category's articles, newest first.</summary>
    public IReadOnlyList<Article> ArticlesIn(Category category) => _byCategory.GetValueOrDefault(category.Slug) ?? [];

    /// <summary>The category an article belongs to, if it names one.</summary>
    public Category? CategoryOf(Article article) => article.Meta.Category is { } slug ? FindCategory(slug) : null;

    /// <summary>Other articles of the same category, newest first, never the article itself.</summary>
    public IReadOnlyList<Article> MoreInCategory(Article article) =>
        CategoryOf(article) is { } category
            ? [.. ArticlesIn(category).Where(a => a.Slug != article.Slug).Take(MoreInCategoryCount)]
            : [];

    /// <summary>The guide the article is a page of, if any.</summary>
    public Guide? GuideOf(Article article) => article.Meta.Guide is { } slug ? _guides.GetValueOrDefault(slug) : null;

    /// <summary>The tags of an article, as the snapshot knows them.</summary>
    public IEnumerable<Tag> TagsOf(Article article) =>
        article.TagSlugs.Select(FindTag).OfType<Tag>().DistinctBy(t => t.Slug);
}
