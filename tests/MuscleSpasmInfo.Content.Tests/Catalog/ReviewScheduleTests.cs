using MuscleSpasmInfo.Content.Catalog;
using MuscleSpasmInfo.Content.FrontMatter;
using MuscleSpasmInfo.Content.Markdown;

namespace MuscleSpasmInfo.Content.Tests.Catalog;

public sealed class ReviewScheduleTests
{
    private static readonly DateOnly Reviewed = new(2024, 2, 1);

    [Fact]
    public void The_next_review_is_the_one_written_or_the_last_review_plus_the_interval()
    {
        Assert.Equal(new DateOnly(2025, 6, 1), ReviewSchedule.NextReviewDue(Meta(Reviewed, next: new DateOnly(2025, 6, 1)), 3));
        Assert.Equal(new DateOnly(2027, 2, 1), ReviewSchedule.NextReviewDue(Meta(Reviewed), 3));
        Assert.Equal(new DateOnly(2025, 2, 1), ReviewSchedule.NextReviewDue(Meta(Reviewed), 1));
        Assert.Null(ReviewSchedule.NextReviewDue(Meta(null), 3));
    }

    [Fact]
    public void Reviewed_means_a_reviewer_and_a_review_date()
    {
        Assert.True(ReviewSchedule.IsReviewed(Meta(Reviewed) with { ReviewedBy = new Person("Dr A", null) }));
        Assert.False(ReviewSchedule.IsReviewed(Meta(Reviewed)));
        Assert.False(ReviewSchedule.IsReviewed(Meta(null) with { ReviewedBy = new Person("Dr A", null) }));
    }

    // Until the loader reads the rule (SiteResolver is being rewritten), this keeps the two from drifting.
    [Fact]
    public void The_loaded_articles_next_review_follows_the_rule()
    {
        using var content = new TempContent();
        content.Write("categories.yml", "- slug: a\n  name: A\n");
        content.Article("interval.md", "title: Interval\ncategory: a\ndate: 2020-01-01\nlastReviewed: 2024-02-01");
        content.Article("written.md", "title: Written\ncategory: a\ndate: 2020-01-01\nlastReviewed: 2024-02-01\nnextReview: 2025-06-01");
        content.Article("none.md", "title: None\ncategory: a\ndate: 2020-01-01");
        var options = new ContentOptions { Path = content.Root, ReviewIntervalYears = 2 };

        var snapshot = new ContentLoader(options, new MarkdownRenderer()).Load();

        Assert.Equal(3, snapshot.Articles.Count);
        Assert.All(snapshot.Articles, a => Assert.Equal(ReviewSchedule.NextReviewDue(a.Meta, options.ReviewIntervalYears), a.NextReview));
        Assert.Equal(new DateOnly(2026, 2, 1), snapshot.FindArticle("interval")!.NextReview);
    }

    private static ArticleFrontMatter Meta(DateOnly? lastReviewed, DateOnly? next = null) =>
        new() { Title = "T", LastReviewed = lastReviewed, NextReview = next };
}
