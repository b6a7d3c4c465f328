using MuscleSpasmInfo.Content.FrontMatter;

namespace MuscleSpasmInfo.Content.Catalog;

/// <summary>The rules of medical review, each stated once: when the next review falls due, and whether a page is reviewed.</summary>
public static class ReviewSchedule
{
    /// <summary>The front matter's <c>nextReview</c>, or the last review plus <paramref name="intervalYears"/>, or null.</summary>
    public static DateOnly? NextReviewDue(ArticleFrontMatter meta, int intervalYears)
    {
        ArgumentNullException.ThrowIfNull(meta);
        return meta.NextReview ?? meta.LastReviewed?.AddYears(intervalYears);
    }

    /// <summary>True when the article names its reviewer and the date of the review; otherwise the page says it is not reviewed.</summary>
    public static bool IsReviewed(ArticleFrontMatter meta)
    {
        ArgumentNullException.ThrowIfNull(meta);
        return meta.ReviewedBy is not null && meta.LastReviewed is not null;
    }
}
