using System.Collections.Immutable;
using MuscleSpasmInfo.Content.Catalog;

namespace MuscleSpasmInfo.Content.Build;

/// <summary>The lists a snapshot serves, as immutable collections a later build can change without copying.</summary>
internal sealed record SiteCatalog(
    ImmutableSortedSet<Article> Articles,
    ImmutableDictionary<string, Article> BySlug,
    ImmutableDictionary<string, ImmutableSortedSet<Article>> ByCategory,
    ImmutableSortedDictionary<string, Tag> Tags,
    ImmutableSortedDictionary<string, Guide> Guides);

/// <summary>
/// The catalogue stage: every list of articles (newest first), by category, by tag and by guide. Depends on the
/// articles; each changed article is taken out of the lists its old version was in and put into its new version's,
/// and only the tags and guides it touches are made again.
/// </summary>
internal sealed class CatalogStage
{
    private static readonly ImmutableSortedSet<Article> NoArticles = ImmutableSortedSet.Create<Article>(ArticleOrder.Instance);
    private static readonly ImmutableSortedSet<Article> NoPages = ImmutableSortedSet.Create<Article>(GuideOrder.Instance);

    private ImmutableDictionary<string, ImmutableSortedSet<Article>> _byTag = ImmutableDictionary.Create<string, ImmutableSortedSet<Article>>(StringComparer.Ordinal);
    private ImmutableDictionary<string, ImmutableSortedSet<Article>> _byGuide = ImmutableDictionary.Create<string, ImmutableSortedSet<Article>>(StringComparer.Ordinal);

    /// <summary>The lists after the last run.</summary>
    public SiteCatalog Current { get; private set; } = new(
        NoArticles,
        ImmutableDictionary.Create<string, Article>(StringComparer.Ordinal),
        ImmutableDictionary.Create<string, ImmutableSortedSet<Article>>(StringComparer.Ordinal),
        ImmutableSortedDictionary.Create<string, Tag>(StringComparer.Ordinal),
        ImmutableSortedDictionary.Create<string, Guide>(StringComparer.Ordinal));

    /// <summary>Moves each changed article from its old version's lists to its new version's.</summary>
    public SiteCatalog Run(StageResults<string, Article> articles, IReadOnlySet<string> changed)
    {
        var (sorted, bySlug, byCategory, tags, guides) = Current;
        var touchedTags = new HashSet<string>(StringComparer.Ordinal);
        var touchedGuides = new HashSet<string>(StringComparer.Ordinal);
        foreach (var slug in changed)
        {
            if (bySlug.GetValueOrDefault(slug) is { } old)
            {
                sorted = sorted.Remove(old);
                bySlug = bySlug.Remove(slug);
                byCategory = Without(byCategory, old.Meta.Category, old);
                foreach (var tag in old.TagSlugs.Where(t => t.Length > 0))
                {
                    _byTag = Without(_byTag, tag, old);
                    touchedTags.Add(tag);
                }

                _byGuide = Without(_byGuide, old.Meta.Guide, old);
                touchedGuides.UnionWith(new[] { old.Meta.Guide, slug }.OfType<string>());
            }

            if (articles[slug] is { } now)
            {
                sorted = sorted.Add(now);
                bySlug = bySlug.Add(slug, now);
                byCategory = With(byCategory, now.Meta.Category, now, NoArticles);
                foreach (var tag in now.TagSlugs.Where(t => t.Length > 0))
                {
                    _byTag = With(_byTag, tag, now, NoArticles);
                    touchedTags.Add(tag);
                }

                _byGuide = With(_byGuide, now.Meta.Guide, now, NoPages);
                touchedGuides.UnionWith(new[] { now.Meta.Guide, slug }.OfType<string>());
            }
        }

        foreach (var tag in touchedTags)
        {
            // A tag is named as its newest article writes it.
            tags = _byTag.GetValueOrDefault(tag) is { } members
                ? tags.SetItem(tag, new Tag(tag, NameOf(members[0], tag), members))
                : tags.Remove(tag);
        }

        foreach (var guide in touchedGuides)
        {
            // A guide takes its title from its landing article, the one whose slug is the guide's.
            guides = _byGuide.GetValueOrDefault(guide) is { } pages
                ? guides.SetItem(guide, new Guide(guide, bySlug.GetValueOrDefault(guide)?.Title ?? guide, pages))
                : guides.Remove(guide);
        }

        return Current = new SiteCatalog(sorted, bySlug, byCategory, tags, guides);
    }

    private static string NameOf(Article article, string tag)
    {
        for (var i = 0; i < article.TagSlugs.Count; i++)
        {
            if (article.TagSlugs[i] == tag)
            {
                return article.Meta.Tags[i];
            }
        }

        return tag;
    }

    private static ImmutableDictionary<string, ImmutableSortedSet<Article>> Without(ImmutableDictionary<string, ImmutableSortedSet<Article>> lists, string? key, Article article)
    {
        if (key is null || !lists.TryGetValue(key, out var list))
        {
            return lists;
        }

        var rest = list.Remove(article);
        return rest.IsEmpty ? lists.Remove(key) : lists.SetItem(key, rest);
    }

    private static ImmutableDictionary<string, ImmutableSortedSet<Article>> With(ImmutableDictionary<string, ImmutableSortedSet<Article>> lists, string? key, Article article, ImmutableSortedSet<Article> empty) =>
        key is null ? lists : lists.SetItem(key, lists.GetValueOrDefault(key, empty).Add(article));
}
