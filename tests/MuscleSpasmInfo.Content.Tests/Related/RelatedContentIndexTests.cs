using MuscleSpasmInfo.Content.Related;

namespace MuscleSpasmInfo.Content.Tests.Related;

public sealed class RelatedContentIndexTests
{
    /// <summary>A fluent builder of the documents an index is made from; each starts with nothing in common.</summary>
    private sealed class Docs
    {
        private readonly List<RelatedDocument> _documents = [];

        public Docs Add(string slug, string? category = null, string[]? tags = null, string text = "", string[]? pinned = null, int day = 1, string names = "")
        {
            _documents.Add(new RelatedDocument(slug, category, tags ?? [], new DateOnly(2024, 1, day), pinned ?? [], Terms.Count($"{names}\n{text}"), Terms.Count(names)));
            return this;
        }

        public RelatedContentIndex Build(RelatedContentOptions? options = null) => new(_documents, options);

        public IReadOnlyList<RelatedCandidate> Explain(string slug) => RelatedContentIndex.Explain(_documents, slug);
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

    [Fact]
    public void An_article_whose_text_keeps_naming_another_is_related_to_it()
    {
        // "b" keeps saying "pregnancy", the subject "a" is named after; "c" shares more plain words with "a".
        var index = new Docs()
            .Add("a", names: "Pregnancy", text: "checkups visits")
            .Add("b", names: "Diabetes", text: "pregnancy pregnancy sugar")
            .Add("c", names: "Dental care", text: "checkups visits teeth")
            .Add("d", names: "Sleep", text: "night rest")
            .Build(new RelatedContentOptions { HubPenalty = 0 });
        var withoutNames = new Docs()
            .Add("a", text: "pregnancy checkups visits")
            .Add("b", text: "diabetes pregnancy pregnancy sugar")
            .Add("c", text: "dental care checkups visits teeth")
            .Add("d", text: "sleep night rest")
            .Build(new RelatedContentOptions { HubPenalty = 0, NameWeight = 0, NamesInTextWeight = 0 });

        Assert.Equal("b", index.For("a")[0]);
        Assert.Equal("c", withoutNames.For("a")[0]);
    }

    [Fact]
    public void The_hub_penalty_ranks_a_general_article_similar_to_everything_below_a_specific_one()
    {
        // "general" shares more words with "a" than "specific" does, but it shares words with every other article too.
        var docs = new Docs()
            .Add("a", text: "cramp calf night")
            .Add("specific", text: "cramp calf stretch")
            .Add("general", text: "cramp calf night health fever cough rash sleep")
            .Add("other-1", text: "health fever")
            .Add("other-2", text: "cough rash")
            .Add("other-3", text: "sleep fever")
            .Add("other-4", text: "health cough");

        Assert.Equal("general", docs.Build(new RelatedContentOptions { HubPenalty = 0, HubNeighbours = 3 }).For("a")[0]);
        Assert.Equal("specific", docs.Build(new RelatedContentOptions { HubPenalty = 2, HubNeighbours = 3 }).For("a")[0]);
    }

    [Fact]
    public void Explain_shows_the_parts_that_add_up_to_each_candidates_rank_in_the_listed_order()
    {
        var docs = new Docs()
            .Add("a", category: "causes", tags: ["sleep"], text: "cramp calf night", names: "Night cramps")
            .Add("b", category: "causes", tags: ["sleep"], text: "cramp calf")
            .Add("c", category: "other", text: "night cramps in older adults")
            .Add("d", category: "causes", text: "unrelated words entirely");

        var explained = docs.Explain("a");

        Assert.Equal(docs.Build().For("a").Take(explained.Count), explained.Select(c => c.Slug));
        foreach (var candidate in explained)
        {
            var parts = candidate.Score;
            Assert.Equal(parts.Tags + parts.Category + parts.Text + parts.Names + parts.NamesInText - (0.5 * candidate.Hub), candidate.Ranked, 9);
        }

        Assert.Equal(0.4, explained.Single(c => c.Slug == "b").Score.Tags, 9);
        Assert.Empty(docs.Explain("missing"));
    }
}
