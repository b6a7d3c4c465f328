using MuscleSpasmInfo.Content.Catalog;
using MuscleSpasmInfo.Content.Categories;
using MuscleSpasmInfo.Content.Checks;
using MuscleSpasmInfo.Content.Routing;

namespace MuscleSpasmInfo.Content.Tests.Routing;

public sealed class ContentRoutesTests
{
    [Fact]
    public void Articles_categories_and_tags_build_their_urls_from_the_declared_patterns()
    {
        Assert.Equal("/articles/{slug}", ContentRoutes.Article.Template);
        Assert.Equal("/categories/causes", new Category("causes", "Causes", "").Url);
        Assert.Equal(ContentRoutes.Tag.PathOf("legs"), new Tag("legs", "legs", []).Url);
        Assert.Equal(ContentRoutes.ArticlePrefix, ContentRoutes.Article.Prefix);
    }

    [Theory]
    [InlineData("/articles/nerve-damage", "nerve-damage")]
    [InlineData("/articles/nerve-damage/", "nerve-damage")]
    [InlineData("/articles/a/b", "a/b")]
    [InlineData("/tags/nerve-damage", null)]
    [InlineData("/Articles/nerve-damage", null)]
    public void A_path_names_the_slug_under_the_prefix_or_none(string path, string? slug)
    {
        Assert.Equal(slug, ContentRoutes.Article.SlugOf(path));
    }

    [Fact]
    public void Link_checks_read_article_links_through_the_same_pattern()
    {
        var link = InternalLink.Parse(ContentRoutes.Article.PathOf("mineral-depletion") + "#magnesium");

        Assert.Equal("mineral-depletion", link!.Value.Key);
        Assert.Equal("magnesium", link.Value.Anchor);
        Assert.Null(InternalLink.Parse("/about")!.Value.Key);
        Assert.Equal("<p>x and y</p>", InternalLink.Unlink("<p>x and <a href=\"/articles/gone\">y</a></p>", new HashSet<string> { "gone" }));
    }

    [Theory]
    [InlineData("articles/")]
    [InlineData("/articles")]
    [InlineData("/")]
    public void A_prefix_without_both_slashes_is_refused(string prefix)
    {
        Assert.Throws<ArgumentException>(() => new SlugRoute(prefix));
    }
}
