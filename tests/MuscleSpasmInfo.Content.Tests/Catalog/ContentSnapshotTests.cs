using MuscleSpasmInfo.Content.Tests.TestSupport;

namespace MuscleSpasmInfo.Content.Tests.Catalog;

public sealed class ContentSnapshotTests : IDisposable
{
    private readonly TempContent _content = new();

    public ContentSnapshotTests() => _content.WriteCategories();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void The_slug_defaults_to_the_file_name_and_front_matter_can_override_it()
    {
        _content.Article("Muscle-Overuse.md", "title: Overuse\ncategory: causes");
        _content.Article("nerves.md", "title: Nerves\nslug: nerve-damage\ncategory: causes");

        var snapshot = Loading.Load(_content.Root);

        Assert.Equal("Overuse", snapshot.FindArticle("muscle-overuse")?.Title);
        Assert.Equal("Nerves", snapshot.FindArticle("nerve-damage")?.Title);
        Assert.Null(snapshot.FindArticle("nerves"));
        Assert.Equal("/articles/nerve-damage", snapshot.FindArticle("nerve-damage")!.Url);
    }

    [Fact]
    public void Articles_are_listed_newest_first()
    {
        _content.Article("old.md", "title: Old\ndate: 2020-01-01\ncategory: causes");
        _content.Article("new.md", "title: New\ndate: 2024-01-01\ncategory: causes");
        _content.Article("undated.md", "title: Undated\ncategory: causes");

        var snapshot = Loading.Load(_content.Root);

        Assert.Equal(["new", "old", "undated"], snapshot.Articles.Select(a => a.Slug));
    }

    [Fact]
    public void Drafts_are_hidden_unless_drafts_are_shown()
    {
        _content.Article("ready.md", "title: Ready\ncategory: causes");
        _content.Article("wip.md", "title: Work in progress\ncategory: causes\ndraft: true");

        var live = Loading.Load(_content.Root);
        var preview = Loading.Load(_content.Root, configure: o => o.ShowDrafts = true);

        Assert.Null(live.FindArticle("wip"));
        Assert.NotNull(live.FindArticle("ready"));
        Assert.NotNull(preview.FindArticle("wip"));
    }

    [Fact]
    public void An_article_dated_in_the_future_is_hidden_until_its_day()
    {
        _content.Article("soon.md", "title: Soon\ncategory: causes\ndate: 2025-06-02");

        var dayBefore = Loading.Load(_content.Root, today: new DateOnly(2025, 6, 1));
        var onTheDay = Loading.Load(_content.Root, today: new DateOnly(2025, 6, 2));

        Assert.Null(dayBefore.FindArticle("soon"));
        Assert.NotNull(onTheDay.FindArticle("soon"));
    }

    [Fact]
    public void An_alias_leads_to_the_article_whatever_its_case_or_trailing_slash()
    {
        _content.Article("overuse.md", "title: Overuse\ncategory: causes\naliases: [/old/overuse, /articles/muscle-overuse]");

        var snapshot = Loading.Load(_content.Root);

        Assert.Equal("overuse", snapshot.FindByAlias("/old/overuse")?.Slug);
        Assert.Equal("overuse", snapshot.FindByAlias("/Old/Overuse/")?.Slug);
        Assert.Equal("overuse", snapshot.FindByAlias("/articles/muscle-overuse")?.Slug);
        Assert.Null(snapshot.FindByAlias("/old/unknown"));
    }

    [Fact]
    public void A_guide_lists_its_pages_by_order_and_is_titled_after_its_landing_article()
    {
        _content.Article("triggers.md", "title: 5 Triggers\ncategory: causes\nguide: triggers\norder: 1");
        _content.Article("third.md", "title: Third\ncategory: causes\nguide: triggers\norder: 3");
        _content.Article("second.md", "title: Second\ncategory: causes\nguide: triggers\norder: 2");
        _content.Article("unordered.md", "title: Unordered\ncategory: causes\nguide: triggers");

        var snapshot = Loading.Load(_content.Root);
        var second = snapshot.FindArticle("second")!;
        var guide = snapshot.GuideOf(second);

        Assert.NotNull(guide);
        Assert.Equal("5 Triggers", guide.Title);
        Assert.Equal(["triggers", "second", "third", "unordered"], guide.Pages.Select(a => a.Slug));
        Assert.Equal("triggers", guide.Previous(second)?.Slug);
        Assert.Equal("third", guide.Next(second)?.Slug);
        Assert.Null(guide.Previous(snapshot.FindArticle("triggers")!));
        Assert.Null(guide.Next(snapshot.FindArticle("unordered")!));
        Assert.Single(snapshot.Guides);
    }

    [Fact]
    public void Tags_are_grouped_by_their_slug_and_list_their_articles()
    {
        _content.Article("a.md", "title: A\ncategory: causes\ndate: 2024-01-01\ntags: [Back pain, sleep]");
        _content.Article("b.md", "title: B\ncategory: causes\ndate: 2024-02-01\ntags: [back pain]");

        var snapshot = Loading.Load(_content.Root);
        var tag = snapshot.FindTag("back-pain");

        Assert.NotNull(tag);
        Assert.Equal("/tags/back-pain", tag.Url);
        Assert.Equal(["b", "a"], tag.Articles.Select(a => a.Slug));
        Assert.Equal(["back-pain", "sleep"], snapshot.TagsOf(snapshot.FindArticle("a")!).Select(t => t.Slug));
        Assert.Equal(2, snapshot.Tags.Count());
    }

    [Fact]
    public void The_next_review_defaults_to_the_last_review_plus_the_interval()
    {
        _content.Article("a.md", "title: A\ncategory: causes\nlastReviewed: 2024-03-01");
        _content.Article("b.md", "title: B\ncategory: causes\nlastReviewed: 2024-03-01\nnextReview: 2025-09-01");

        var snapshot = Loading.Load(_content.Root);
        var interval = Loading.Load(_content.Root, configure: o => o.ReviewIntervalYears = 1);

        Assert.Equal(new DateOnly(2027, 3, 1), snapshot.FindArticle("a")!.NextReview);
        Assert.Equal(new DateOnly(2025, 9, 1), snapshot.FindArticle("b")!.NextReview);
        Assert.Equal(new DateOnly(2025, 3, 1), interval.FindArticle("a")!.NextReview);
    }

    [Fact]
    public void Reading_time_is_rounded_up_and_at_least_one_minute()
    {
        _content.Article("short.md", "title: Short\ncategory: causes", "Ten words.");
        _content.Article("long.md", "title: Long\ncategory: causes", string.Join(' ', Enumerable.Repeat("word", 401)));

        var snapshot = Loading.Load(_content.Root);

        Assert.Equal(1, snapshot.FindArticle("short")!.ReadingMinutes);
        Assert.Equal(3, snapshot.FindArticle("long")!.ReadingMinutes);
    }

    [Fact]
    public void A_link_to_an_article_that_is_not_served_is_shown_as_plain_text()
    {
        _content.Article("a.md", "title: A\ncategory: causes", "See [the draft](/articles/b) and [C](/articles/c).");
        _content.Article("b.md", "title: B\ncategory: causes\ndraft: true");
        _content.Article("c.md", "title: C\ncategory: causes");

        var html = Loading.Load(_content.Root).FindArticle("a")!.Body.Html;

        Assert.Contains("See the draft and <a href=\"/articles/c\">C</a>.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_load_builds_a_newer_snapshot()
    {
        _content.Article("a.md", "title: A\ncategory: causes");
        var loader = Loading.LoaderFor(_content.Root);

        var first = loader.Load();
        var second = loader.Load();

        Assert.True(second.Version > first.Version);
    }

    [Fact]
    public void Synonym_groups_are_read_one_a_line_without_comments_or_single_words()
    {
        _content.Article("a.md", "title: A\ncategory: causes");
        _content.Write("synonyms.txt", "# comment\ncramp, spasm ,charley horse\nlonely\n\n");

        var snapshot = Loading.Load(_content.Root);

        var group = Assert.Single(snapshot.Synonyms);
        Assert.Equal(["cramp", "spasm", "charley horse"], group);
    }
}
