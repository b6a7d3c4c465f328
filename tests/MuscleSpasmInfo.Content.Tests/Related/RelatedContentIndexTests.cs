using MuscleSpasmInfo.Content.Related;

namespace MuscleSpasmInfo.Content.Tests.Related;

public sealed class RelatedContentIndexTests
{
    /// <summary>A fluent builder of the documents an index is made from; each starts with nothing in common.</summary>
    private sealed class Docs
    {
        private readonly List<RelatedDocument> _documents = [];

        public Docs Add(string slug, string? category = null, string[]? tags = null, string text = "", string[]? pinned = null, int day = 1)
        {
            _documents.Add(new RelatedDocument(slug, category, tags ?? [], new DateOnly(2024, 1, day), pinned ?? [], Terms.Count(text)));
            return this;
        }

        public RelatedContentIndex Build(RelatedContentOptions? options = null) => new(_documents, options);
    }

    [Fact]
    public void Pinned_articles_come_first_in_the_order_the_editor_gave()
    {
        var index = new Docs()
            .Add("a", tags: ["sleep"], pinned: ["c", "b"])
            .Add("b")
            .Add("c")
            .Add("d", tags: ["sleep"])
            .Build();

        Assert.Equal(["c", "b", "d"], index.For("a"));
    }

    [Fact]
    public void Pinned_slugs_that_are_missing_repeated_or_itself_are_skipped()
    {
        var index = new Docs()
            .Add("a", pinned: ["a", "missing", "b", "b"])
            .Add("b")
            .Build();

        Assert.Equal(["b"], index.For("a"));
    }

    [Fact]
    public void Shared_tags_rank_above_a_shared_category_alone()
    {
        // b shares two tags, c one tag and the category, d only the category (below the threshold by itself).
        var index = new Docs()
            .Add("a", category: "causes", tags: ["sleep", "legs"])
            .Add("b", category: "other", tags: ["sleep", "legs"])
            .Add("c", category: "causes", tags: ["legs"])
            .Add("d", category: "causes")
            .Build();

        Assert.Equal(["b", "c"], index.For("a"));
    }

    [Fact]
    public void A_shared_category_breaks_a_tie_between_equal_tags()
    {
        var index = new Docs()
            .Add("a", category: "causes", tags: ["sleep"])
            .Add("b", category: "other", tags: ["sleep"], day: 9)
            .Add("c", category: "causes", tags: ["sleep"])
            .Build();

        Assert.Equal(["c", "b"], index.For("a"));
    }

    [Fact]
    public void Similar_text_alone_is_enough_to_be_related()
    {
        var index = new Docs()
            .Add("a", text: "Magnesium potassium calcium electrolytes minerals diet")
            .Add("b", text: "Magnesium potassium calcium electrolytes supplements")
            .Add("c", text: "Sleep during the night and restless legs")
            .Add("d", text: "Stretching after exercise for athletes")
            .Build();

        Assert.Equal("b", index.For("a")[0]);
        Assert.DoesNotContain("c", index.For("a"));
    }

    [Fact]
    public void The_text_weight_decides_how_much_similar_text_counts_against_tags()
    {
        var docs = new Docs()
            .Add("a", tags: ["sleep"], text: "magnesium potassium calcium electrolytes")
            .Add("tagged", tags: ["sleep"], text: "running jumping walking")
            .Add("similar", text: "magnesium potassium calcium electrolytes");

        var byDefault = docs.Build().For("a");
        var textFirst = docs.Build(new RelatedContentOptions { TextWeight = 2.0 }).For("a");

        Assert.Equal(["similar", "tagged"], byDefault);
        Assert.Equal(["similar", "tagged"], textFirst);
        Assert.Equal(["tagged"], docs.Build(new RelatedContentOptions { TextWeight = 0 }).For("a"));
    }

    [Fact]
    public void Candidates_below_the_threshold_are_not_listed_on_merit()
    {
        var docs = new Docs()
            .Add("a", tags: ["sleep"])
            .Add("b", tags: ["sleep"])
            .Add("c", tags: ["legs"]);

        Assert.Equal(["b"], docs.Build().For("a"));
        Assert.Equal(["b"], docs.Build(new RelatedContentOptions { Threshold = 0.4 }).For("a"));

        // Nobody reaches 0.5, so the fallback lists the newest instead.
        Assert.Equal(["b", "c"], docs.Build(new RelatedContentOptions { Threshold = 0.5 }).For("a"));
    }

    [Fact]
    public void With_nothing_in_common_the_same_category_comes_first_then_the_newest()
    {
        var index = new Docs()
            .Add("a", category: "causes")
            .Add("old-cause", category: "causes", day: 1)
            .Add("new-cause", category: "causes", day: 5)
            .Add("newest-other", category: "other", day: 9)
            .Add("older-other", category: "other", day: 2)
            .Build();

        Assert.Equal(["new-cause", "old-cause", "newest-other", "older-other"], index.For("a"));
    }

    [Fact]
    public void The_list_is_never_empty_while_another_article_exists()
    {
        var index = new Docs().Add("a").Add("b").Build();

        Assert.Equal(["b"], index.For("a"));
        Assert.Equal(["a"], index.For("b"));
    }

    [Fact]
    public void An_article_is_never_related_to_itself()
    {
        var index = new Docs()
            .Add("a", category: "causes", tags: ["sleep"], text: "sleep legs night", pinned: ["a"])
            .Add("b", category: "causes", tags: ["sleep"], text: "sleep legs night")
            .Build();

        Assert.DoesNotContain("a", index.For("a"));
        Assert.Empty(new Docs().Add("only").Build().For("only"));
    }

    [Fact]
    public void At_most_five_are_listed_pinned_included()
    {
        var docs = new Docs().Add("a", tags: ["sleep"], pinned: ["p1", "p2"]);
        for (var i = 1; i <= 8; i++)
        {
            docs.Add($"p{i}", tags: ["sleep"]);
        }

        var related = docs.Build().For("a");

        Assert.Equal(5, related.Count);
        Assert.Equal(["p1", "p2"], related.Take(2));
        Assert.Equal(5, related.Distinct().Count());
    }

    [Fact]
    public void Ties_go_to_the_newer_article()
    {
        var index = new Docs()
            .Add("a", tags: ["sleep"])
            .Add("older", tags: ["sleep"], day: 1)
            .Add("newer", tags: ["sleep"], day: 2)
            .Build();

        Assert.Equal(["newer", "older"], index.For("a"));
    }

    [Fact]
    public void An_unknown_slug_has_no_related_articles()
    {
        Assert.Empty(new Docs().Add("a").Add("b").Build().For("missing"));
    }

    [Fact]
    public void Tags_match_whatever_their_case()
    {
        var index = new Docs().Add("a", tags: ["Sleep"]).Add("b", tags: ["sleep"]).Add("c").Build();

        Assert.Equal(["b"], index.For("a"));
    }
}
