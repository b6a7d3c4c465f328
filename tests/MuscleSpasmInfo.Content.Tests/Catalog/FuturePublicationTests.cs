using MuscleSpasmInfo.Content.Catalog;
using MuscleSpasmInfo.Content.Markdown;

namespace MuscleSpasmInfo.Content.Tests.Catalog;

public sealed class FuturePublicationTests
{
    private sealed class SettableClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Fact]
    public void An_article_dated_in_the_future_appears_on_its_date()
    {
        using var content = new TempContent();
        content.Write("categories.yml", "- slug: a\n  name: A\n");
        content.Article("now.md", "title: Now\ncategory: a\ndate: 2026-01-01");
        content.Article("later.md", "title: Later\ncategory: a\ndate: 2026-03-01");
        var clock = new SettableClock(new DateTimeOffset(2026, 2, 28, 23, 0, 0, TimeSpan.Zero));
        var loader = new ContentLoader(new ContentOptions { Path = content.Root }, new MarkdownRenderer(), clock);

        var before = loader.Load();
        clock.Now = new DateTimeOffset(2026, 3, 1, 0, 0, 1, TimeSpan.Zero);
        var after = loader.Load();

        Assert.Null(before.FindArticle("later"));
        Assert.Equal(new DateOnly(2026, 3, 1), before.NextPublication);
        Assert.NotNull(after.FindArticle("later"));
        Assert.Null(after.NextPublication);
    }
}
