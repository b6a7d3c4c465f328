using System.Collections.Immutable;
using MuscleSpasmInfo.Content.Catalog;

namespace MuscleSpasmInfo.Content.Build;

/// <summary>The lists a snapshot serves, as immutable collections a later build can change without copying.</summary>
/// <remarks>
/// Every key but a language's is within one language (<see cref="Languages.SiteLanguage.KeyOf"/>): an article by its key, a
/// category's, tag's or guide's list by its slug in that language, a translation group by its source's key.
/// </remarks>
internal sealed record SiteCatalog(
    ImmutableSortedSet<Article> Articles,
    ImmutableDictionary<string, Article> BySlug,
    ImmutableDictionary<string, ImmutableSortedSet<Article>> ByCategory,
    ImmutableSortedDictionary<string, Tag> Tags,
    ImmutableSortedDictionary<string, Guide> Guides,
    ImmutableDictionary<string, ImmutableSortedSet<Article>> ByLanguage,
    ImmutableDictionary<string, ImmutableSortedSet<Article>> Translations);

/// <summary>
/// The catalogue stage: every list of articles (newest first), by category, by tag and by guide. Depends on the
/// articles; each changed article is taken out of the lists its old version was in and put into its new version's,
/// and only the tags and guides it touches are made again.
/// </summary>
internal sealed class CatalogStage
{
    private static readonly ImmutableSortedSet<Article> NoArticles = ImmutableSortedSet.Create<Article>(ArticleOrder.Instance);
    private static readonly ImmutableSortedSet<Article> NoPages = ImmutableSortedSet.Create<Article>(GuideOrder.Instance);
    private static readonly ImmutableSortedSet<Article> NoTranslations = ImmutableSortedSet.Create<Article>(TranslationOrder.Instance);

    private ImmutableDictionary<string, ImmutableSortedSet<Article>> _byTag = ImmutableDictionary.Create<string, ImmutableSortedSet<Article>>(StringComparer.Ordinal);
    private ImmutableDictionary<string, ImmutableSortedSet<Article>> _byGuide = ImmutableDictionary.Create<string, ImmutableSortedSet<Article>>(StringComparer.Ordinal);

    /// <summary>The lists after the last run.</summary>
    public SiteCatalog Current { get; private set; } = new(
        NoArticles,
        ImmutableDictionary.Create<string, Article>(StringComparer.Ordinal),
        ImmutableDictionary.Create<string, ImmutableSortedSet<Article>>(StringComparer.Ordinal),
        ImmutableSortedDictionary.Create<string, Tag>(StringComparer.Ordinal),
        ImmutableSortedDictionary.Create<string, Guide>(StringComparer.Ordinal),
        ImmutableDictionary.Create<string, ImmutableSortedSet<Article>>(StringComparer.Ordinal),
        ImmutableDictionary.Create<string, ImmutableSortedSet<Article>>(StringComparer.Ordinal));

    /// <summary>Moves each changed article from its old version's lists to its new version's.</summary>
    public SiteCatalog Run(StageResults<string, Article> articles, IReadOnlySet<string> changed)
    {
        // Builders change the immutable lists in place until they are made immutable again at the end: a first build of
        // ten thousand articles costs about as much as sorting them.
        var sorted = Current.Articles.ToBuilder();
        List<Article>? first = Current.Articles.IsEmpty ? [] : null; // a first build sorts once
        var bySlug = Current.BySlug.ToBuilder();
        var byCategory = new Lists(Current.ByCategory, NoArticles);
        var byTag = new Lists(_byTag, NoArticles);
        var byGuide = new Lists(_byGuide, NoPages);
        var byLanguage = new Lists(Current.ByLanguage, NoArticles);
        var translations = new Lists(Current.Translations, NoTranslations);
        foreach (var slug in changed)
        {
            if (bySlug.GetValueOrDefault(slug) is { } old)
            {
                sorted.Remove(old);
                bySlug.Remove(slug);
                byCategory.Remove(KeyIn(old, old.Meta.Category), old);
                foreach (var tag in old.TagSlugs.Where(t => t.Length > 0))
                {
                    byTag.Remove(old.Language.KeyOf(tag), old);
                }

                byGuide.Remove(KeyIn(old, old.Meta.Guide), old);
                byGuide.Touch(slug); // its title may be a guide's
                byLanguage.Remove(old.Language.Code, old);
                translations.Remove(old.TranslationGroup, old);
            }

            if (articles[slug] is { } now)
            {
                if (first is not null)
                {
                    first.Add(now);
                }
                else
                {
                    sorted.Add(now);
                }

                bySlug.Add(slug, now);
                byCategory.Add(KeyIn(now, now.Meta.Category), now);
                foreach (var tag in now.TagSlugs.Where(t => t.Length > 0))
                {
                    byTag.Add(now.Language.KeyOf(tag), now);
                }

                byGuide.Add(KeyIn(now, now.Meta.Guide), now);
                byGuide.Touch(slug);
                byLanguage.Add(now.Language.Code, now);
                translations.Add(now.TranslationGroup, now);
            }
        }

        _byTag = byTag.ToImmutable();
        _byGuide = byGuide.ToImmutable();
        var tags = Current.Tags.ToBuilder();
        foreach (var tag in byTag.Touched)
        {
            // A tag is named as its newest article writes it.
            if (_byTag.GetValueOrDefault(tag) is { } members)
            {
                var tagSlug = tag[(tag.IndexOf('/', StringComparison.Ordinal) + 1)..];
                tags[tag] = new Tag(tagSlug, NameOf(members[0], tagSlug), members, members[0].Language);
            }
            else
            {
                tags.Remove(tag);
            }
        }

        var titles = bySlug.ToImmutable();
        var guides = Current.Guides.ToBuilder();
        foreach (var guide in byGuide.Touched)
        {
            // A guide takes its title from its landing article, the one whose slug is the guide's.
            if (_byGuide.GetValueOrDefault(guide) is { } pages)
            {
                var guideSlug = guide[(guide.IndexOf('/', StringComparison.Ordinal) + 1)..];
                guides[guide] = new Guide(guideSlug, titles.GetValueOrDefault(guide)?.Title ?? guideSlug, pages);
            }
            else
            {
                guides.Remove(guide);
            }
        }

        var all = first is not null ? ImmutableSortedSet.CreateRange(ArticleOrder.Instance, first) : sorted.ToImmutable();
        return Current = new SiteCatalog(all, titles, byCategory.ToImmutable(), tags.ToImmutable(), guides.ToImmutable(), byLanguage.ToImmutable(), translations.ToImmutable());
    }

    /// <summary>The key of a category or guide slug in the article's language; null stays null.</summary>
    private static string? KeyIn(Article article, string? slug) => slug is null ? null : article.Language.KeyOf(slug);

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

    /// <summary>
    /// Lists of articles by key, changed through builders; a list that did not exist yet is gathered and sorted once
    /// (a first build makes every list this way). Remembers which keys it touched.
    /// </summary>
    private sealed class Lists(ImmutableDictionary<string, ImmutableSortedSet<Article>> lists, ImmutableSortedSet<Article> empty)
    {
        private readonly Dictionary<string, ImmutableSortedSet<Article>.Builder> _open = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<Article>> _new = new(StringComparer.Ordinal);

        public HashSet<string> Touched { get; } = new(StringComparer.Ordinal);

        public void Add(string? key, Article article)
        {
            if (key is null)
            {
                return;
            }

            Touched.Add(key);
            if (!lists.ContainsKey(key))
            {
                if (!_new.TryGetValue(key, out var gathered))
                {
                    _new[key] = gathered = [];
                }

                gathered.Add(article);
            }
            else
            {
                Open(key).Add(article);
            }
        }

        public void Remove(string? key, Article article)
        {
            if (key is not null && lists.ContainsKey(key))
            {
                Touched.Add(key);
                Open(key).Remove(article);
            }
        }

        public void Touch(string key) => Touched.Add(key);

        public ImmutableDictionary<string, ImmutableSortedSet<Article>> ToImmutable()
        {
            var result = lists.ToBuilder();
            foreach (var (key, list) in _open)
            {
                if (list.Count == 0)
                {
                    result.Remove(key);
                }
                else
                {
                    result[key] = list.ToImmutable();
                }
            }

            foreach (var (key, gathered) in _new)
            {
                result[key] = ImmutableSortedSet.CreateRange(empty.KeyComparer, gathered);
            }

            return result.ToImmutable();
        }

        private ImmutableSortedSet<Article>.Builder Open(string key)
        {
            if (!_open.TryGetValue(key, out var list))
            {
                _open[key] = list = lists[key].ToBuilder();
            }

            return list;
        }
    }
}
