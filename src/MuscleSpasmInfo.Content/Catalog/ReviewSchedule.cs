using MuscleSpasmInfo.Content.FrontMatter;

namespace MuscleSpasmInfo.Content.Catalog;

/// <summary>The one rule for when an article's next medical review falls due, used by the page, the check and the feeds.</summary>
public static class ReviewSchedule
{
    /// <summary>The front matter's <c>nextReview</c>, or the last review plus <paramref name="intervalYears"/>, or null.</summary>
    public static DateOnly? NextReviewDue(ArticleFrontMatter meta, int intervalYears)
    {
        ArgumentNullException.ThrowIfNull(meta);
        return meta.NextReview ?? meta.LastReviewed?.AddYears(intervalYears);
    }
}
