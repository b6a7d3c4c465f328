using MuscleSpasmInfo.Content.Search;

namespace MuscleSpasmInfo.Content.Tests.Search;

public sealed class SnippetTests
{
    private static readonly HashSet<string> Cramp = ["cramp"];

    private static string Snippet(IReadOnlySet<string> words, params string?[] texts) => PhraseSnippet(words, [], texts);

    private static string PhraseSnippet(IReadOnlySet<string> words, IReadOnlyList<Alternative> phrases, params string?[] texts)
    {
        using var analyzer = new EnglishSearchAnalyzer();
        return new SnippetBuilder(analyzer).Build(words, phrases, texts);
    }

    [Fact]
    public void Everything_but_the_marks_is_escaped()
    {
        var snippet = Snippet(Cramp, "Salt & water <script>alert('cramps')</script> \"ease\" a cramp.");

        Assert.Equal(
            "Salt &amp; water &lt;script&gt;alert(&#39;<mark>cramps</mark>&#39;)&lt;/script&gt; &quot;ease&quot; a <mark>cramp</mark>.",
            snippet);
    }

    [Fact]
    public void The_snippet_is_cut_around_the_matches()
    {
        var text = string.Concat(Enumerable.Repeat("Filler words here. ", 40)) + "Then a cramp comes. " +
                   string.Concat(Enumerable.Repeat("More filler text. ", 40));

        var snippet = Snippet(Cramp, text);

        Assert.StartsWith("\u2026", snippet, StringComparison.Ordinal);
        Assert.EndsWith("\u2026", snippet, StringComparison.Ordinal);
        Assert.Contains("Then a <mark>cramp</mark> comes.", snippet, StringComparison.Ordinal);
        Assert.InRange(snippet.Length, 100, SnippetBuilder.Length + 40);
    }

    [Fact]
    public void The_window_prefers_the_passage_with_more_distinct_matches()
    {
        var text = "A cramp here. " + string.Concat(Enumerable.Repeat("Filler words here. ", 40)) + "Stretching eases a cramp.";

        var snippet = Snippet(new HashSet<string> { "cramp", "stretch" }, text);

        Assert.Contains("<mark>Stretching</mark> eases a <mark>cramp</mark>.", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_match_in_the_body_the_summary_is_used()
    {
        Assert.Equal("<mark>Cramps</mark> at night.", Snippet(Cramp, "Nothing relevant.", "Cramps at night."));
    }

    [Fact]
    public void Without_any_match_the_first_text_is_shown_escaped()
    {
        Assert.Equal("A &lt;b&gt; tag.", Snippet(Cramp, null, "", "A <b> tag.", "Later."));
    }

    [Fact]
    public void A_phrase_is_marked_only_where_its_words_stand_together()
    {
        var snippet = PhraseSnippet(new HashSet<string>(), [Alternative.Phrase(["muscl", "cramp"], 1f, 0)], "A muscle cramp. A tired muscle. A cramp.");

        Assert.Equal("A <mark>muscle</mark> <mark>cramp</mark>. A tired muscle. A cramp.", snippet);
    }

    [Fact]
    public void A_phrase_with_a_stop_word_is_marked_with_the_same_gap()
    {
        var phrase = new Alternative(["pain", "back"], [0, 3], 1f);

        var snippet = PhraseSnippet(new HashSet<string>(), [phrase], "Pain in the back. Back pain.");

        Assert.Equal("<mark>Pain</mark> in the <mark>back</mark>. Back pain.", snippet);
    }

    [Fact]
    public void Whitespace_runs_become_one_space()
    {
        Assert.Equal("One <mark>cramp</mark>. Two.", Snippet(Cramp, "One cramp.\n\n  Two."));
    }
}
