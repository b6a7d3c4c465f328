namespace MuscleSpasmInfo.Web.Tests;

/// <summary>A translation whose source changed after it says so to its readers, in their language, with a link to the original.</summary>
public sealed class TranslationNoticeTests : IClassFixture<TranslationNoticeTests.EditedSite>
{
    private readonly EditedSite _site;

    public TranslationNoticeTests(EditedSite site) => _site = site;

    /// <summary>A copy of the real content whose English mineral-depletion page was updated after its Spanish translation.</summary>
    public sealed class EditedSite : SiteFactory
    {
        public EditedSite()
            : base(Repository.ContentFolder)
        {
            var path = Path.Combine(ContentPath, "mineral-depletion.md");
            File.WriteAllText(path, File.ReadAllText(path).Replace("date: 2016-05-07", "date: 2016-05-07\nupdated: 2099-01-01", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task The_spanish_page_says_its_translation_may_be_out_of_date_and_links_the_original()
    {
        var (_, page) = await _site.GetPageAsync("/es/articles/agotamiento-de-minerales");

        var notice = page.QuerySelector(".translation-out-of-date")!;
        Assert.Contains("Es posible que esta traducción no esté actualizada.", notice.TextContent, StringComparison.Ordinal);
        Assert.Contains("1 de enero de 2099", notice.TextContent, StringComparison.Ordinal);
        Assert.Equal("/articles/mineral-depletion", notice.QuerySelector("a")!.GetAttribute("href"));
        Assert.Null((await _site.GetPageAsync("/es/articles/trastornos-del-sueno")).Document.QuerySelector(".translation-out-of-date"));
    }
}

/// <summary>The interface text is declared once per language: every key the pages use has text, in every language file.</summary>
public sealed class InterfaceTextTests
{
    private static readonly string Resources = Path.Combine(Repository.Root, "src", "MuscleSpasmInfo.Web", "Resources", "Localisation");

    [Fact]
    public void Every_language_file_has_exactly_the_keys_of_the_default_one()
    {
        var keys = KeysOf(Path.Combine(Resources, "SiteResources.resx"));

        Assert.NotEmpty(keys);
        foreach (var file in Directory.EnumerateFiles(Resources, "SiteResources.*.resx"))
        {
            Assert.Equal(keys, KeysOf(file));
        }
    }

    [Fact]
    public void Every_key_the_views_ask_for_is_in_the_default_file()
    {
        var keys = KeysOf(Path.Combine(Resources, "SiteResources.resx")).ToHashSet(StringComparer.Ordinal);
        var views = Directory.EnumerateFiles(Path.Combine(Repository.Root, "src", "MuscleSpasmInfo.Web", "Pages"), "*.cs*", SearchOption.AllDirectories)
            .Select(File.ReadAllText);
        var used = views.SelectMany(v => System.Text.RegularExpressions.Regex.Matches(v, """(?:T\[|T\.Format\(|In\(speaks, )"(?<key>[A-Za-z]+)"|T\.Count\([^,]+, "(?<key>[A-Za-z]+)"""))
            .Select(m => m.Groups["key"].Value)
            .SelectMany(k => keys.Contains(k) ? [k] : new[] { k + "_one", k + "_other" }.Where(keys.Contains).DefaultIfEmpty(k))
            .Distinct().ToList();

        Assert.True(used.Count > 50, $"only {used.Count} keys found in the views");
        Assert.All(used, k => Assert.Contains(k, keys));
    }

    [Fact]
    public void The_stylesheet_holds_no_words_a_reader_would_read()
    {
        // Text in CSS `content` cannot come from a language's resources, so a Spanish page would show it in English.
        var css = File.ReadAllText(Path.Combine(Repository.Root, "src", "MuscleSpasmInfo.Web", "wwwroot", "css", "site.css"));

        var words = System.Text.RegularExpressions.Regex.Matches(css, "content:\\s*\"(?<text>[^\"]*)\"")
            .Select(m => m.Groups["text"].Value)
            .Where(text => text.Any(char.IsLetter));

        Assert.Empty(words);
    }

    private static List<string> KeysOf(string resx) =>
        [.. System.Xml.Linq.XDocument.Load(resx).Root!.Elements("data").Select(d => d.Attribute("name")!.Value).Order(StringComparer.Ordinal)];
}
