using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Dom;

namespace MuscleSpasmInfo.Web.Tests;

/// <summary>
/// Every page type in both languages of the real site: its lang, its hreflang pairs (each way), the switcher, the
/// Spanish interface text, and search within the reader's language.
/// </summary>
public sealed class LanguagePagesTests(RealContentTests.RealSite site) : IClassFixture<RealContentTests.RealSite>
{
    /// <summary>Each page in English and in Spanish.</summary>
    public static TheoryData<string, string> Pairs => new()
    {
        { "/", "/es/" },
        { "/articles/mineral-depletion", "/es/articles/agotamiento-de-minerales" },
        { "/articles/5-major-triggers-of-muscle-spasms", "/es/articles/5-principales-desencadenantes-de-los-espasmos-musculares" },
        { "/articles/medical-disclaimer", "/es/articles/aviso-medico" },
        { "/categories", "/es/categories" },
        { "/categories/causes", "/es/categories/causes" },
        { "/tags", "/es/tags" },
        { "/a-z", "/es/a-z" },
        { "/search", "/es/search" },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public async Task Each_page_says_its_language_and_names_the_other_as_its_alternate_both_ways(string english, string spanish)
    {
        var (enResponse, en) = await site.GetPageAsync(english);
        var (esResponse, es) = await site.GetPageAsync(spanish);

        Assert.Equal(HttpStatusCode.OK, enResponse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, esResponse.StatusCode);
        Assert.Equal("en-GB", en.DocumentElement.GetAttribute("lang"));
        Assert.Equal("es", es.DocumentElement.GetAttribute("lang"));
        Assert.Equal("ltr", es.DocumentElement.GetAttribute("dir"));
        foreach (var page in new[] { en, es })
        {
            Assert.Equal("https://example.test" + english, Alternate(page, "en-GB"));
            Assert.Equal("https://example.test" + spanish, Alternate(page, "es"));
            Assert.Equal("https://example.test" + english, Alternate(page, "x-default"));
        }

        Assert.Equal(spanish, Switcher(en).GetAttribute("href"));
        Assert.Equal(english, Switcher(es).GetAttribute("href"));
        Assert.Equal("Español", Switcher(en).TextContent);
        Assert.Equal("es", Switcher(en).GetAttribute("lang"));
    }

    [Fact]
    public async Task Spanish_pages_speak_spanish_in_their_interface_and_link_within_spanish()
    {
        var (_, page) = await site.GetPageAsync("/es/articles/agotamiento-de-minerales");

        Assert.Equal("Saltar al contenido principal", page.QuerySelector(".skip-link")!.TextContent);
        Assert.Equal(["Inicio", "Categorías", "De la A a la Z", "Etiquetas"], page.QuerySelectorAll(".site-nav a").Select(a => a.TextContent));
        Assert.Equal("Más en esta categoría", page.QuerySelector("#more-in-category")!.TextContent);
        Assert.Equal("Contenido relacionado", page.QuerySelector("#related-content")!.TextContent);
        Assert.Equal("Sobre esta página", page.QuerySelector("#about-this-page")!.TextContent);
        Assert.Equal("7 de mayo de 2016", page.QuerySelector(".article-meta time")!.TextContent);
        Assert.Equal("Cuándo consultar a un médico", page.QuerySelector(".callout-caution h2")!.TextContent);
        Assert.Equal("/es/articles/aviso-medico", page.QuerySelector(".callout-caution a")!.GetAttribute("href"));
        Assert.Equal("/es/search", page.QuerySelector("form[role=search]")!.GetAttribute("action"));
        // Related content, more in category, the guide and breadcrumbs never leave Spanish.
        var links = page.QuerySelectorAll(".see-also a, .guide-contents a, .guide-pager a, .breadcrumb a, .tags a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, href => Assert.StartsWith("/es/", href, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_spanish_page_says_in_spanish_that_it_is_an_unreviewed_translation_and_links_its_original()
    {
        var (_, page) = await site.GetPageAsync("/es/articles/trastornos-del-sueno");

        var notice = page.QuerySelector(".callout-translation")!;
        Assert.Contains("Esta página es una traducción de", notice.TextContent, StringComparison.Ordinal);
        Assert.Contains("La traducción no ha sido revisada.", notice.TextContent, StringComparison.Ordinal);
        Assert.Equal("/articles/sleep-disturbances", notice.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains(page.QuerySelectorAll(".trust .not-reviewed"), p => p.TextContent == "La traducción no ha sido revisada.");
        Assert.Null(page.QuerySelector(".translation-out-of-date"));
        Assert.Null((await site.GetPageAsync("/articles/sleep-disturbances")).Document.QuerySelector(".callout-translation"));
    }

    [Fact]
    public async Task Spanish_search_finds_the_spanish_article_by_another_form_of_the_word_and_no_english_one()
    {
        var (_, page) = await site.GetPageAsync("/es/search?q=" + Uri.EscapeDataString("calambre nocturno"));

        var hits = page.QuerySelectorAll(".search-results a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains("/es/articles/trastornos-del-sueno", hits);
        Assert.All(hits, href => Assert.StartsWith("/es/articles/", href, StringComparison.Ordinal));
        Assert.Contains("Resultados de la búsqueda", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);

        var (_, english) = await site.GetPageAsync("/search?q=cramps");
        Assert.All(english.QuerySelectorAll(".search-results a"), a => Assert.StartsWith("/articles/", a.GetAttribute("href")!, StringComparison.Ordinal));
        var (_, none) = await site.GetPageAsync("/es/search?q=cramps");
        Assert.Empty(none.QuerySelectorAll(".search-results a"));
        Assert.Equal("Ningún artículo coincide con «cramps».", none.QuerySelector("main p")!.TextContent);
    }

    [Fact]
    public async Task A_page_with_no_translation_says_so_in_the_other_language_and_links_that_language_s_home()
    {
        var (_, about) = await site.GetPageAsync("/about");

        var entry = about.QuerySelector(".language-switcher li")!;
        Assert.Equal("es", entry.GetAttribute("lang"));
        Assert.Contains("Esta página no está disponible en español.", entry.TextContent, StringComparison.Ordinal);
        Assert.Equal("/es/", entry.QuerySelector("a")!.GetAttribute("href"));
        Assert.Single(about.QuerySelectorAll("link[hreflang]:not([hreflang=x-default])"));
    }

    [Fact]
    public async Task A_missing_spanish_page_gets_the_404_page_in_spanish()
    {
        var (response, page) = await site.GetPageAsync("/es/articles/no-existe");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("es", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Página no encontrada", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("/es/", page.QuerySelector("main a")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.NotFound, (await site.GetPageAsync("/fr/articles/mineral-depletion")).Response.StatusCode);
    }

    [Fact]
    public async Task Json_ld_and_open_graph_say_the_language_and_the_translation()
    {
        var (_, page) = await site.GetPageAsync("/es/articles/agotamiento-de-minerales");

        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("es", json.RootElement.GetProperty("inLanguage").GetString());
        Assert.Equal("https://example.test/articles/mineral-depletion", json.RootElement.GetProperty("translationOfWork").GetProperty("url").GetString());
        Assert.Equal("es", page.QuerySelector("meta[property='og:locale']")!.GetAttribute("content"));
        Assert.Equal("en_GB", page.QuerySelector("meta[property='og:locale:alternate']")!.GetAttribute("content"));
    }

    [Fact]
    public async Task The_sitemap_lists_both_languages_with_their_alternates_and_each_language_has_its_feed()
    {
        using var client = site.CreateClient();
        var sitemap = XDocument.Parse(await client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative)));
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        XNamespace xhtml = "http://www.w3.org/1999/xhtml";
        var entry = sitemap.Descendants(sm + "url").Single(u => u.Element(sm + "loc")!.Value == "https://example.test/es/articles/agotamiento-de-minerales");
        var alternates = entry.Elements(xhtml + "link").ToDictionary(l => l.Attribute("hreflang")!.Value, l => l.Attribute("href")!.Value);

        Assert.Equal("https://example.test/articles/mineral-depletion", alternates["en-GB"]);
        Assert.Equal("https://example.test/es/articles/agotamiento-de-minerales", alternates["es"]);
        Assert.Equal("https://example.test/articles/mineral-depletion", alternates["x-default"]);
        Assert.Equal(14, sitemap.Descendants(sm + "loc").Count(l => l.Value.Contains("/articles/", StringComparison.Ordinal)));

        var feed = XDocument.Parse(await client.GetStringAsync(new Uri("/es/feed.xml", UriKind.Relative)));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        Assert.Equal("es", feed.Root!.Attribute(XNamespace.Xml + "lang")!.Value);
        Assert.Equal(7, feed.Root.Elements(atom + "entry").Count());
        Assert.All(feed.Root.Elements(atom + "entry"), e => Assert.Contains("/es/articles/", e.Element(atom + "id")!.Value, StringComparison.Ordinal));
        var robots = await client.GetStringAsync(new Uri("/robots.txt", UriKind.Relative));
        Assert.Contains("Disallow: /es/search", robots, StringComparison.Ordinal);
    }

    private static string? Alternate(IDocument page, string hreflang) =>
        page.QuerySelector($"link[rel=alternate][hreflang='{hreflang}']")?.GetAttribute("href");

    private static IElement Switcher(IDocument page) => page.QuerySelector(".language-switcher a")!;
}
