using System.Net;
using MuscleSpasmInfo.Content.Catalog;
using MuscleSpasmInfo.Content.Markdown;
using MuscleSpasmInfo.Content.Tests.TestSupport;

namespace MuscleSpasmInfo.Content.Tests.Security;

/// <summary>
/// Content is trusted less than code. Every payload of Security/Payloads goes through the whole pipeline (files on disk,
/// loader, renderer, sanitiser, link removal, search) and the HTML that pages write raw must hold nothing that runs script.
/// </summary>
public sealed class HostilePayloadTests
{
    private const string FilePrefix = "file:";

    /// <summary>A word no payload holds, so a search for it finds the payload article's summary.</summary>
    private const string Marker = "quokka";

    private static readonly MarkdownRenderer Renderer = new();

    /// <summary>Each payload as written in xss-payloads.txt (escapes kept, so test names stay printable), then each .md file.</summary>
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var line in File.ReadLines(Path.Combine(Payloads.Folder, "xss-payloads.txt"))
                     .Where(l => l.Length > 0 && !l.StartsWith("//", StringComparison.Ordinal)))
        {
            data.Add(line);
        }

        foreach (var file in Payloads.Files())
        {
            data.Add(FilePrefix + file);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_payload_in_an_article_body_renders_nothing_that_runs_script(string payloadCase)
    {
        // Arrange
        var payload = Resolve(payloadCase);
        using var content = new TempContent();
        content.WriteCategories();
        content.Article("hostile.md", $"title: Hostile body\ncategory: causes\nsummary: {Marker} summary", $"Intro alert script.\n\n{payload}\n\nOutro.");
        content.Article("neighbour.md", "title: Neighbour\ncategory: causes\ntags: [alert]", "A neighbour about alert scripts and cramps.");

        // Act
        var rendered = Renderer.Render(payload, "hostile.md");
        var snapshot = Loading.Load(content.Root);

        // Assert
        ScriptSafety.AssertSafe(rendered.Html, "rendered alone");
        var served = snapshot.FindArticle("hostile");
        if (!payload.Contains('\0', StringComparison.Ordinal))
        {
            Assert.True(served is not null, "the article must still be served (raw HTML is a warning): " + snapshot.Describe());
        }

        AssertSnapshotSafe(snapshot, payload);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_payload_in_printed_front_matter_fields_stays_text(string payloadCase)
    {
        // Arrange
        var payload = Resolve(payloadCase);
        var quoted = Payloads.YamlQuoted(payload);
        var summary = Payloads.YamlQuoted($"{Marker} {payload}");
        using var content = new TempContent();
        content.WriteCategories();
        content.Article("hostile.md",
            $"title: {quoted}\ncategory: causes\nsummary: {summary}\nalsoCalled: [{quoted}]\ntags: [{quoted}, cramp]",
            "Body about cramp.");

        // Act
        var snapshot = Loading.Load(content.Root);

        // Assert: the fields are kept as the text written (pages HTML-encode them), never turned into markup.
        var article = snapshot.Articles.SingleOrDefault();
        if (!string.IsNullOrWhiteSpace(payload))
        {
            Assert.True(article is not null, "the article must be served: " + snapshot.Describe());
            Assert.Equal(payload.Trim(), article.Title);
            Assert.Equal(payload.Trim(), Assert.Single(article.Meta.AlsoCalled));
            ScriptSafety.AssertSafe(WebUtility.HtmlEncode(article.Title), "title as a page prints it");
            Assert.All(snapshot.TagsOf(article), tag => Assert.Matches("^[a-z0-9-]*$", tag.Slug));
        }

        AssertSnapshotSafe(snapshot, payload);
        using var search = Content.Search.SearchService.For(snapshot);
        var hits = search.Search(Marker).Hits;
        if (article is not null)
        {
            var hit = Assert.Single(hits);
            Assert.Contains($"<mark>{Marker}</mark>", hit.SnippetHtml, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_payload_list_is_long_enough_to_mean_something()
    {
        Assert.True(Payloads.Lines().Count >= 200, $"only {Payloads.Lines().Count} payloads");
        Assert.True(Payloads.Files().Count >= 4);
    }

    private static string Resolve(string payloadCase) =>
        payloadCase.StartsWith(FilePrefix, StringComparison.Ordinal)
            ? File.ReadAllText(Path.Combine(Payloads.Folder, payloadCase[FilePrefix.Length..]))
            : Payloads.Unescape(payloadCase);

    /// <summary>Every article body and every search snippet, for searches by the payload's own words, is safe.</summary>
    private static void AssertSnapshotSafe(ContentSnapshot snapshot, string payload)
    {
        Assert.DoesNotContain(snapshot.Problems, p => p.Message.StartsWith("cannot parse the file", StringComparison.Ordinal));
        var related = Content.Related.RelatedContentBuilder.For(snapshot);
        foreach (var article in snapshot.Articles)
        {
            ScriptSafety.AssertSafe(article.Body.Html, $"body of {article.Slug}");
            _ = related.For(article.Slug);
        }

        using var search = Content.Search.SearchService.For(snapshot);

        foreach (var query in new[] { Marker, "alert script", "cramp", payload.Length > 200 ? payload[..200] : payload })
        {
            foreach (var hit in search.Search(query).Hits)
            {
                ScriptSafety.AssertSafe(hit.SnippetHtml, $"search snippet of {hit.Article.Slug} for '{query}'");
            }
        }
    }
}
