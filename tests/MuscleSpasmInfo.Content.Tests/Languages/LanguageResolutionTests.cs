using MuscleSpasmInfo.Content.Languages;

namespace MuscleSpasmInfo.Content.Tests.Languages;

/// <summary>A file's language comes from its name, a page's from its path, both by the declared table.</summary>
public sealed class LanguageResolutionTests
{
    private static readonly LanguageTable Table = LanguageTable.From(Translations.Options("unused"));

    [Theory]
    [InlineData("mineral-depletion.md", "mineral-depletion", "en")]
    [InlineData("mineral-depletion.es.md", "mineral-depletion", "es")]
    [InlineData("sub/Nerve-Damage.ES.md", "Nerve-Damage", "es")]
    [InlineData("release-v1.2.md", "release-v1.2", "en")]
    public void A_file_name_gives_the_stem_and_language(string path, string stem, string code)
    {
        var (actualStem, language) = Table.OfFileName(path, out var unknown);

        Assert.Equal(stem, actualStem);
        Assert.Equal(code, language.Code);
        Assert.Null(unknown);
    }

    [Fact]
    public void A_file_name_ending_in_an_undeclared_language_code_says_which_code()
    {
        var (stem, language) = Table.OfFileName("mineral-depletion.fr.md", out var unknown);

        Assert.Equal("fr", unknown);
        Assert.Equal("mineral-depletion", stem);
        Assert.True(language.IsDefault);
    }

    [Theory]
    [InlineData("/es/articles/x", "es", "/articles/x")]
    [InlineData("/es", "es", "/")]
    [InlineData("/es/", "es", "/")]
    [InlineData("/articles/x", "en", "/articles/x")]
    [InlineData("/fr/articles/x", "en", "/fr/articles/x")]
    [InlineData("/a-z", "en", "/a-z")]
    [InlineData("/en/articles/x", "en", "/en/articles/x")]
    public void A_path_gives_the_language_and_the_rest(string path, string code, string rest)
    {
        var (language, remainder) = Table.OfPath(path);

        Assert.Equal(code, language.Code);
        Assert.Equal(rest, remainder);
    }

    [Fact]
    public void The_default_language_keeps_plain_keys_and_urls_and_others_are_prefixed()
    {
        var spanish = Table.Find("es")!;

        Assert.Equal("x", Table.Default.KeyOf("x"));
        Assert.Equal("es/x", spanish.KeyOf("x"));
        Assert.Equal("/es/articles/x", spanish.PathOf("/articles/x"));
        Assert.Equal("/articles/x", Table.Default.PathOf("/articles/x"));
        Assert.Equal("en_GB", Table.Default.OpenGraphLocale);
        Assert.Equal("rtl", Table.Find("ar")!.Dir);
    }

    [Fact]
    public void Without_declared_languages_the_site_is_in_british_english_alone()
    {
        var table = LanguageTable.From(new ContentOptions());

        var only = Assert.Single(table.All);
        Assert.Equal("en-GB", only.Culture);
        Assert.True(only.IsDefault);
    }

    [Fact]
    public void A_configuration_that_cannot_work_stops_with_a_message_naming_the_setting()
    {
        var twice = new ContentOptions { Languages = { new() { Code = "es", Name = "Español" }, new() { Code = "es", Name = "Español" } } };
        var noDefault = new ContentOptions { DefaultLanguage = "de", Languages = { new() { Code = "es", Name = "Español" } } };

        Assert.Contains("declared twice", Assert.Throws<InvalidOperationException>(() => LanguageTable.From(twice)).Message, StringComparison.Ordinal);
        Assert.Contains("Content:DefaultLanguage", Assert.Throws<InvalidOperationException>(() => LanguageTable.From(noDefault)).Message, StringComparison.Ordinal);
    }
}
