using MuscleSpasmInfo.Content.Catalog;
using MuscleSpasmInfo.Content.Markdown;

namespace MuscleSpasmInfo.Content.Tests.Catalog;

/// <summary>The site's own content folder, loaded as the site loads it: these tests are about the real articles.</summary>
public sealed class RealContentTests
{
    private static readonly string[] Triggers = ["muscle-overuse", "poor-blood-circulation", "mineral-depletion", "nerve-damage", "sleep-disturbances"];

    private static readonly Lazy<ContentSnapshot> Snapshot = new(() =>
        new ContentLoader(SiteConfiguration.ContentOptions(), new MarkdownRenderer()).Load());

    private static readonly Lazy<Content.Related.RelatedContentIndex> Related = new(() => Content.Related.RelatedContentBuilder.For(Snapshot.Value));

    [Fact]
    public void The_content_loads_without_errors()
    {
        var errors = Snapshot.Value.Problems.Where(p => p.Severity == ProblemSeverity.Error).Select(p => p.ToString());

        Assert.Empty(errors);
        Assert.Empty(Snapshot.Value.SkippedFiles);
    }

    [Theory]
    [InlineData("5-major-triggers-of-muscle-spasms")]
    [InlineData("muscle-overuse")]
    [InlineData("poor-blood-circulation")]
    [InlineData("mineral-depletion")]
    [InlineData("nerve-damage")]
    [InlineData("sleep-disturbances")]
    [InlineData("medical-disclaimer")]
    public void Each_seed_piece_is_served(string slug)
    {
        Assert.NotNull(Snapshot.Value.FindArticle(slug));
    }

    [Fact]
    public void Each_trigger_has_more_in_its_category_and_related_articles_other_than_itself()
    {
        foreach (var slug in Triggers)
        {
            var article = Snapshot.Value.FindArticle(slug)!;

            var more = Snapshot.Value.MoreInCategory(article);
            var related = Related.Value.For(article.Slug);

            Assert.True(more.Count >= 1, $"{slug}: nothing more in its category");
            Assert.True(related.Count >= 1, $"{slug}: no related articles");
            Assert.DoesNotContain(article, more);
            Assert.DoesNotContain(slug, related);
        }
    }

    [Fact]
    public void The_triggers_guide_lists_its_pages_in_the_order_of_the_original_article()
    {
        var guide = Snapshot.Value.GuideOf(Snapshot.Value.FindArticle("muscle-overuse")!);

        Assert.NotNull(guide);
        Assert.Equal(["5-major-triggers-of-muscle-spasms", .. Triggers], guide.Pages.Select(a => a.Slug));
    }
}
