using MuscleSpasmInfo.Content.Catalog;
using MuscleSpasmInfo.Content.Checks;

namespace MuscleSpasmInfo.Content.Build;

/// <summary>The articles a build serves, and the earliest day one written for the future is due.</summary>
internal sealed record ServedArticles(IReadOnlyList<Article> Articles, DateOnly? NextPublication);

/// <summary>
/// The articles stage: each slug's file made into the article readers see, unless it is a hidden draft or dated after
/// today. Depends on the owning file and today. A link to an article that is not served would be a dead end, so it is
/// shown as plain text: that depends on the article and on which of its links are dead.
/// </summary>
internal sealed class ArticleStage(ContentOptions options)
{
    private readonly Memo<string, (ParsedFile File, DateOnly Today), Article?> _articles = new(StringComparer.Ordinal);
    private readonly Memo<string, (Same<Article> Article, string Dead), Article> _unlinked = new(StringComparer.Ordinal);

    /// <summary>How many articles the last run made anew.</summary>
    public int Computed { get; private set; }

    public ServedArticles Run(IReadOnlyDictionary<string, ParsedFile> owners, DateOnly today)
    {
        var visible = new List<Article>(owners.Count);
        DateOnly? nextPublication = null;
        foreach (var (slug, file) in owners)
        {
            if (_articles.Get(slug, (file, today), inputs => ToArticle(slug, inputs.File, inputs.Today)) is { } article)
            {
                visible.Add(article);
            }
            else if (!HiddenDraft(file) && file.Meta!.Date is { } date && (nextPublication is null || date < nextPublication))
            {
                nextPublication = date; // not served and not a hidden draft, so dated in the future
            }
        }

        var served = visible.Select(a => a.Slug).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < visible.Count; i++)
        {
            var dead = visible[i].Body.LinkedArticles.Where(s => !served.Contains(s)).ToList();
            if (dead.Count > 0)
            {
                visible[i] = _unlinked.Get(visible[i].Slug, (new Same<Article>(visible[i]), string.Join('\n', dead)), inputs =>
                    inputs.Article.Value with { Body = inputs.Article.Value.Body with { Html = InternalLink.Unlink(inputs.Article.Value.Body.Html, dead.ToHashSet(StringComparer.Ordinal)) } });
            }
        }

        Computed = _articles.Computed + _unlinked.Computed;
        _articles.Complete();
        _unlinked.Complete();
        return new ServedArticles(visible, nextPublication);
    }

    private Article? ToArticle(string slug, ParsedFile file, DateOnly today)
    {
        var meta = file.Meta!;
        if (HiddenDraft(file) || meta.Date > today)
        {
            return null;
        }

        return new Article
        {
            Slug = slug,
            SourcePath = file.Path,
            Meta = meta,
            Body = file.Body!,
            NextReview = ReviewSchedule.NextReviewDue(meta, options.ReviewIntervalYears),
            ReadingMinutes = Math.Max(1, (int)Math.Ceiling(file.Body!.WordCount / (double)options.WordsPerMinute)),
            ContentHash = file.Hash,
            TagSlugs = [.. meta.Tags.Select(Slugs.From)],
        };
    }

    private bool HiddenDraft(ParsedFile file) => file.Meta!.Draft && !options.ShowDrafts;
}
