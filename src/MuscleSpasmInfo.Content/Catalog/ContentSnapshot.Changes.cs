using MuscleSpasmInfo.Content.Related;
using MuscleSpasmInfo.Content.Search;

namespace MuscleSpasmInfo.Content.Catalog;

/// <summary>A snapshot made from the one before by replacing a few articles, without rebuilding what they do not touch.</summary>
public sealed partial class ContentSnapshot
{
    /// <summary>
    /// This snapshot with each <c>Old</c> article replaced by <c>New</c>, a new version of the same article (same slug):
    /// the lists, tags, guides and related entries the edit touches are patched, everything else is shared. The result
    /// equals a snapshot built from scratch from the same articles.
    /// </summary>
    internal ContentSnapshot WithReplaced(
        long version,
        DateTimeOffset builtAt,
        IReadOnlyList<(Article Old, Article New)> replaced,
        IReadOnlyList<ContentProblem> problems,
        IReadOnlyList<string> skippedFiles) =>
        new(this, version, builtAt, replaced, problems, skippedFiles);

    private ContentSnapshot(
        ContentSnapshot previous,
        long version,
        DateTimeOffset builtAt,
        IReadOnlyList<(Article Old, Article New)> replaced,
        IReadOnlyList<ContentProblem> problems,
        IReadOnlyList<string> skippedFiles)
    {
        Version = version;
        BuiltAt = builtAt;
        Problems = problems;
        SkippedFiles = skippedFiles;
        Categories = previous.Categories;
        Synonyms = previous.Synonyms;
        NextPublication = previous.NextPublication;
        _relatedOptions = previous._relatedOptions;
        _categories = previous._categories;
        _aliases = previous._aliases;

        var articles = new List<Article>(previous.Articles);
        _bySlug = new Dictionary<string, Article>(previous._bySlug, StringComparer.Ordinal);
        _tags = new Dictionary<string, Tag>(previous._tags, StringComparer.Ordinal);
        foreach (var (old, @new) in replaced)
        {
            if (old.Slug != @new.Slug || !Remove(articles, old))
            {
                throw new ArgumentException($"'{old.Slug}' is not an article of snapshot {previous.Version} replaced by a version of itself", nameof(replaced));
            }

            Insert(articles, @new);
            _bySlug[@new.Slug] = @new;
            foreach (var tag in TagSlugs(old).Union(TagSlugs(@new), StringComparer.Ordinal))
            {
                ReplaceInTag(tag, old, @new);
            }
        }

        Articles = articles;
        _byCategory = new Dictionary<string, IReadOnlyList<Article>>(previous._byCategory, StringComparer.Ordinal);
        foreach (var category in replaced.SelectMany(r => new[] { r.Old.Meta.Category, r.New.Meta.Category }).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            if (_byCategory.ContainsKey(category))
            {
                _byCategory[category] = [.. articles.Where(a => a.Meta.Category == category)];
            }
        }

        // A guide lists its pages, and takes its title from its landing article: both can change with an edit.
        _guides = new Dictionary<string, Guide>(previous._guides, StringComparer.Ordinal);
        foreach (var guide in replaced.SelectMany(r => new[] { r.Old.Meta.Guide, r.New.Meta.Guide, r.New.Slug }).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            var pages = articles.Where(a => a.Meta.Guide == guide).ToList();
            if (pages.Count > 0)
            {
                _guides[guide] = BuildGuide(guide, pages);
            }
            else
            {
                _guides.Remove(guide);
            }
        }

        var before = previous._related;
        var changed = replaced.Select(r => r.New).ToList();
        _related = new Lazy<RelatedContentIndex>(
            () => before.Value.WithChanged([.. changed.Select(a => ToRelatedDocument(a, previous: null))]),
            LazyThreadSafetyMode.ExecutionAndPublication);
        var searchBefore = previous._search;
        _search = new Lazy<SearchIndex>(() => searchBefore.Value.WithChanged(changed, FindArticle), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    private static IEnumerable<string> TagSlugs(Article article) =>
        article.Meta.Tags.Select(Slugs.From).Where(s => s.Length > 0);

    /// <summary>Moves the tag's article list from <paramref name="old"/> to <paramref name="new"/>, which may have left or joined it.</summary>
    private void ReplaceInTag(string slug, Article old, Article @new)
    {
        var list = _tags.TryGetValue(slug, out var tag) ? [.. tag.Articles] : new List<Article>();
        Remove(list, old);
        if (TagSlugs(@new).Contains(slug, StringComparer.Ordinal))
        {
            Insert(list, @new);
        }

        if (list.Count == 0)
        {
            _tags.Remove(slug);
            return;
        }

        // The tag is named as its newest article writes it, as when the tags are built from scratch.
        _tags[slug] = new Tag(slug, list[0].Meta.Tags.First(t => Slugs.From(t) == slug), list);
    }

    private static bool Remove(List<Article> sorted, Article article)
    {
        var at = ArticleOrder.Position(sorted, article);
        if (at >= sorted.Count || !ReferenceEquals(sorted[at], article))
        {
            return false;
        }

        sorted.RemoveAt(at);
        return true;
    }

    private static void Insert(List<Article> sorted, Article article) =>
        sorted.Insert(ArticleOrder.Position(sorted, article), article);
}
