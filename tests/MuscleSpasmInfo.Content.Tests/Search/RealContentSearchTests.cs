using MuscleSpasmInfo.Content.Catalog;
using MuscleSpasmInfo.Content.Markdown;
using MuscleSpasmInfo.Content.Search;

namespace MuscleSpasmInfo.Content.Tests.Search;

/// <summary>Searches the site's real content folder: the answers editors expect for the words readers type most.</summary>
public sealed class RealContentSearchTests : IDisposable
{
    private readonly SearchService _index;

    public RealContentSearchTests()
    {
        var snapshot = new ContentLoader(SiteConfiguration.ContentOptions(), new MarkdownRenderer()).Load();
        // The site searches each language apart; these are the English pages' answers.
        _index = new SearchService(snapshot.Languages.Default);
        _index.Index(snapshot);
    }

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("charley horse", "sleep-disturbances")]
    [InlineData("cramping", "5-major-triggers-of-muscle-spasms")]
    [InlineData("magnesium", "mineral-depletion")]
    public void The_expected_article_comes_first(string query, string slug)
    {
        var results = _index.Search(query);

        Assert.Equal(slug, results.Hits[0].Article.Slug);
        Assert.Contains("<mark>", results.Hits[0].SnippetHtml, StringComparison.Ordinal);
    }
}
