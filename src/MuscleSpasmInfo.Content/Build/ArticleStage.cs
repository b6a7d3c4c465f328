using MuscleSpasmInfo.Content.Catalog;
using MuscleSpasmInfo.Content.Checks;

namespace MuscleSpasmInfo.Content.Build;

/// <summary>A slug's file as readers get it: the article, or the day it is due when it is written for the future.</summary>
internal sealed record OwnedArticle(Article? Article, DateOnly? Due);

/// <summary>
/// The articles stage: each slug's file made into the article readers see, unless it is a hidden draft or dated after
/// today (depends on the owning file and today). A link to an article that is not served would be a dead end, so it
/// is shown as plain text: that depends on the article and on whether each article it links to is served, so when an
/// article appears or goes, the articles that link to it are made again.
/// </summary>
internal sealed class ArticleStage(ContentOptions options)
{
    private readonly StageResults<string, OwnedArticle> _owned = new(StringComparer.Ordinal);
    // Private to the stage, never in a snapshot, so plain collections: the articles linking to each slug, and the days
    // articles written for the future are due.
    private readonly Dictionary<string, HashSet<string>> _linkedFrom = new(StringComparer.Ordinal);
    private readonly SortedSet<(DateOnly Due, string Slug)> _due = [];
    private DateOnly? _today;

    /// <summary>The served articles, by slug, with links to articles not served turned into text.</summary>
    public StageResults<string, Article> Articles { get; } = new(StringComparer.Ordinal);

    /// <summary>The earliest day an article written for the future is due, if any.</summary>
    public DateOnly? NextPublication => _due.Count == 0 ? null : _due.Min.Due;

    /// <summary>How many articles the last run made.</summary>
    public int Computed => _owned.Computed + Articles.Computed;

    /// <summary>Makes the articles of the slugs whose owner changed (every slug on a new day); returns the slugs that changed.</summary>
    public IReadOnlySet<string> Run(StageResults<string, ParsedFile> owners, IReadOnlySet<string> ownersChanged, TranslationStage translations, IReadOnlySet<string> translationsChanged, DateOnly today)
    {
        var dirty = _today == today ? ownersChanged.Concat(translationsChanged) : (IEnumerable<string>)[.. owners.Current.Keys, .. ownersChanged, .. translationsChanged];
        _today = today;
        var before = _owned.Current;
        var changed = _owned.Update(dirty, (slug, _) => owners[slug] is { } file && !translations.IsLeftOut(slug) ? Own(slug, file, today) : null);

        // Which articles now link to which, and which articles came or went: those change the articles linking to them.
        var relink = new HashSet<string>(changed, StringComparer.Ordinal);
        foreach (var slug in changed)
        {
            var old = before.GetValueOrDefault(slug)?.Article;
            var now = _owned[slug]?.Article;
            foreach (var target in old?.Body.LinkedArticles ?? [])
            {
                if (_linkedFrom[target].Remove(slug) && _linkedFrom[target].Count == 0)
                {
                    _linkedFrom.Remove(target);
                }
            }

            foreach (var target in now?.Body.LinkedArticles ?? [])
            {
                if (!_linkedFrom.TryGetValue(target, out var linkers))
                {
                    _linkedFrom[target] = linkers = new HashSet<string>(StringComparer.Ordinal);
                }

                linkers.Add(slug);
            }

            if ((old is null) != (now is null) && _linkedFrom.TryGetValue(slug, out var linking))
            {
                relink.UnionWith(linking);
            }

            if (before.GetValueOrDefault(slug)?.Due is { } wasDue)
            {
                _due.Remove((wasDue, slug));
            }

            if (_owned[slug]?.Due is { } due)
            {
                _due.Add((due, slug));
            }
        }

        return Articles.Update(relink, (slug, _) => _owned[slug]?.Article is { } article ? WithoutDeadLinks(article) : null);
    }

    /// <summary>The article with each link to an article that is not served shown as its text.</summary>
    private Article WithoutDeadLinks(Article article)
    {
        HashSet<string>? dead = null;
        foreach (var slug in article.Body.LinkedArticles)
        {
            if (_owned[slug]?.Article is null)
            {
                (dead ??= new HashSet<string>(StringComparer.Ordinal)).Add(slug);
            }
        }

        return dead is null ? article : article with { Body = article.Body with { Html = InternalLink.Unlink(article.Body.Html, dead) } };
    }

    private OwnedArticle Own(string slug, ParsedFile file, DateOnly today)
    {
        var meta = file.Meta!;
        if (meta.Draft && !options.ShowDrafts)
        {
            return new OwnedArticle(null, null);
        }

        if (meta.Date > today)
        {
            return new OwnedArticle(null, meta.Date);
        }

        return new OwnedArticle(
            new Article
            {
                Slug = file.Slug,
                Key = slug,
                Language = file.Language,
                SourceKey = file.SourceKey,
                SourcePath = file.Path,
                Meta = meta,
                Body = file.Body!,
                NextReview = ReviewSchedule.NextReviewDue(meta, options.ReviewIntervalYears),
                ReadingMinutes = Math.Max(1, (int)Math.Ceiling(file.Body!.WordCount / (double)options.WordsPerMinute)),
                ContentHash = file.Hash,
                TagSlugs = [.. meta.Tags.Select(Slugs.From)],
            },
            null);
    }
}
