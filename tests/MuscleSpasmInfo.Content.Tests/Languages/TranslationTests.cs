using MuscleSpasmInfo.Content.Catalog;
using MuscleSpasmInfo.Content.Checks;
using MuscleSpasmInfo.Content.Search;
using MuscleSpasmInfo.Content.Tests.TestSupport;

namespace MuscleSpasmInfo.Content.Tests.Languages;

/// <summary>Translations beside their sources: linked, kept within their language, checked, and flagged when stale.</summary>
public sealed class TranslationTests : IDisposable
{
    private readonly TempContent _content = new();

    public TranslationTests()
    {
        _content.WriteCategories();
        _content.Write("categories.es.yml", "- slug: causes\n  name: Causas\n  description: Lo que desencadena los espasmos.\n");
        _content.Article("cramps.md", "title: Cramps\ndate: 2020-01-01\ncategory: causes\ntags: [legs]", "Cramps happen at night.");
        _content.Article("rest.md", "title: Rest\ndate: 2020-01-02\ncategory: causes\ntags: [legs]", "Resting helps. See [cramps](/articles/cramps).");
    }

    public void Dispose() => _content.Dispose();

    private ContentSnapshot Load() => Loading.Load(_content.Root, configure: Translations.Declare);

    [Fact]
    public void A_file_named_after_its_source_is_its_translation_linked_both_ways_under_its_own_slug()
    {
        _content.Article("cramps.es.md", "title: Calambres\nslug: calambres\ndate: 2020-01-01\ntranslated: 2020-02-01\ncategory: causes\ntags: [piernas]",
            "Los calambres ocurren de noche. Vea [descanso](/es/articles/descanso).");

        var snapshot = Load();
        var english = snapshot.FindArticle("cramps")!;
        var spanish = snapshot.FindArticle("calambres", snapshot.Languages.Find("es")!)!;

        Assert.Equal("/es/articles/calambres", spanish.Url);
        Assert.Equal("es/calambres", spanish.Key);
        Assert.Same(english, snapshot.SourceOf(spanish));
        Assert.Equal([english, spanish], snapshot.TranslationsOf(english));
        Assert.Equal([english, spanish], snapshot.TranslationsOf(spanish));
        Assert.Equal("rest", Assert.Single(snapshot.TranslationsOf(snapshot.FindArticle("rest")!)).Key);
        Assert.Contains(snapshot.Problems, p => p.Code == ContentChecks.MissingArticle.Code && p.Path == "cramps.es.md");
        Assert.Empty(snapshot.Errors());
    }

    [Fact]
    public void Translation_of_names_the_source_when_the_file_name_differs()
    {
        _content.Article("descanso.es.md", "title: Descanso\ntranslationOf: rest\ntranslated: 2020-02-01\ncategory: causes", "Descansar ayuda.");

        var snapshot = Load();

        Assert.Equal("rest", snapshot.FindArticle("es/descanso")!.SourceKey);
        Assert.Equal(["rest", "es/descanso"], snapshot.TranslationsOf(snapshot.FindArticle("rest")!).Select(a => a.Key));
    }

    [Fact]
    public void Lists_stay_within_their_language_and_categories_are_named_in_it()
    {
        _content.Article("cramps.es.md", "title: Calambres\ndate: 2020-01-01\ntranslated: 2020-02-01\ncategory: causes\ntags: [piernas]", "Los calambres.");
        var snapshot = Load();
        var spanish = snapshot.Languages.Find("es")!;
        var article = snapshot.FindArticle("cramps", spanish)!;

        Assert.Equal(["es/cramps"], snapshot.ArticlesIn(spanish).Select(a => a.Key));
        Assert.Equal(["rest", "cramps"], snapshot.ArticlesIn(snapshot.Languages.Default).Select(a => a.Key));
        Assert.Equal("Causas", snapshot.CategoryOf(article)!.Name);
        Assert.Equal("/es/categories/causes", snapshot.CategoryOf(article)!.Url);
        Assert.Empty(snapshot.MoreInCategory(article));
        Assert.Equal(["piernas"], snapshot.TagsIn(spanish).Select(t => t.Name));
        Assert.Equal("/es/tags/piernas", snapshot.TagsOf(article).Single().Url);
        Assert.DoesNotContain(snapshot.TagsIn(snapshot.Languages.Default), t => t.Name == "piernas");
    }

    [Fact]
    public void A_translation_of_a_missing_source_is_an_error_and_left_out()
    {
        _content.Article("gone.es.md", "title: Perdido\ncategory: causes", "Texto.");

        var snapshot = Load();

        var problem = Assert.Single(snapshot.Errors());
        Assert.Equal(ContentChecks.MissingSource.Code, problem.Code);
        Assert.Equal("gone.es.md", problem.Path);
        Assert.Null(snapshot.FindArticle("es/gone"));
        Assert.Contains("gone.es.md", snapshot.SkippedFiles);
    }

    [Fact]
    public void A_missing_source_that_appears_later_brings_its_translation_in()
    {
        _content.Article("later.es.md", "title: Más tarde\ncategory: causes\ntranslated: 2030-01-01", "Texto.");
        var loader = Loading.LoaderFor(_content.Root, configure: Translations.Declare);
        Assert.Null(loader.Load().FindArticle("es/later"));

        var source = _content.Article("later.md", "title: Later\ncategory: causes", "Text.");
        var snapshot = loader.Load([source]);

        Assert.NotNull(snapshot.FindArticle("es/later"));
        Assert.Empty(snapshot.Errors());
    }

    [Fact]
    public void Of_two_translations_into_one_language_the_file_named_after_the_source_keeps_it()
    {
        _content.Article("cramps.es.md", "title: Calambres\ncategory: causes\ntranslated: 2030-01-01", "Uno.");
        _content.Article("aaa-otra.es.md", "title: Otra\ntranslationOf: cramps\ncategory: causes\ntranslated: 2030-01-01", "Dos.");

        var snapshot = Load();

        var problem = Assert.Single(snapshot.Errors());
        Assert.Equal(ContentChecks.TwoTranslations.Code, problem.Code);
        Assert.Equal("aaa-otra.es.md", problem.Path);
        Assert.Contains("cramps.es.md is served", problem.Message, StringComparison.Ordinal);
        Assert.NotNull(snapshot.FindArticle("es/cramps"));
        Assert.Null(snapshot.FindArticle("es/aaa-otra"));
    }

    [Fact]
    public void An_undeclared_language_code_in_a_file_name_is_an_error_naming_the_declared_ones()
    {
        _content.Article("cramps.fr.md", "title: Crampes\ncategory: causes", "Texte.");

        var snapshot = Load();

        var problem = Assert.Single(snapshot.Errors());
        Assert.Equal(ContentChecks.UnknownLanguage.Code, problem.Code);
        Assert.Contains("'fr'", problem.Message, StringComparison.Ordinal);
        Assert.Contains("en, es, ar", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(snapshot.Articles, a => a.SourcePath == "cramps.fr.md");
    }

    [Fact]
    public void A_category_the_language_has_no_name_for_is_an_error()
    {
        _content.Article("cramps.es.md", "title: Calambres\ncategory: treatments\ntranslated: 2030-01-01", "Texto.");

        var snapshot = Load();

        var problem = Assert.Single(snapshot.Errors());
        Assert.Equal(ContentChecks.CategoryNotTranslated.Code, problem.Code);
        Assert.Contains("categories.es.yml", problem.Message, StringComparison.Ordinal);
        Assert.Equal(3, problem.Line);
    }

    [Fact]
    public void A_translated_categories_file_naming_a_slug_categories_yml_does_not_have_is_an_error()
    {
        _content.Write("categories.es.yml", "- slug: causes\n  name: Causas\n- slug: nowhere\n  name: Ninguna\n");

        var snapshot = Load();

        var problem = Assert.Single(snapshot.Errors());
        Assert.Equal("categories.es.yml", problem.Path);
        Assert.Contains("'nowhere'", problem.Message, StringComparison.Ordinal);
        Assert.Equal(["causes"], snapshot.CategoriesIn(snapshot.Languages.Find("es")!).Select(c => c.Slug));
    }

    [Theory]
    [InlineData("translated: 2019-12-31", true)]
    [InlineData("", true)]
    [InlineData("translated: 2020-01-01", false)]
    [InlineData("translated: 2021-06-01", false)]
    public void A_source_modified_after_the_translated_date_warns_that_the_translation_may_be_out_of_date(string translated, bool stale)
    {
        _content.Article("cramps.es.md", $"title: Calambres\ncategory: causes\n{translated}", "Texto.");

        var snapshot = Load();

        Assert.Equal(stale, snapshot.Problems.Any(p => p.Code == ContentChecks.TranslationOutOfDate.Code && p.Path == "cramps.es.md"
            && p.Message.StartsWith("translation may be out of date", StringComparison.Ordinal)));
        Assert.Empty(snapshot.Errors());
    }

    [Fact]
    public void Editing_the_source_later_makes_the_translation_stale_without_touching_the_translation()
    {
        _content.Article("cramps.es.md", "title: Calambres\ncategory: causes\ntranslated: 2020-01-01", "Texto.");
        var loader = Loading.LoaderFor(_content.Root, configure: Translations.Declare);
        Assert.DoesNotContain(loader.Load().Problems, p => p.Code == ContentChecks.TranslationOutOfDate.Code);

        var source = _content.Article("cramps.md", "title: Cramps\ndate: 2020-01-01\nupdated: 2020-03-01\ncategory: causes\ntags: [legs]", "Cramps happen at night.");
        var snapshot = loader.Load([source]);

        var problem = Assert.Single(snapshot.Problems, p => p.Code == ContentChecks.TranslationOutOfDate.Code);
        Assert.Contains("2020-03-01", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Spanish_search_stems_as_spanish_and_finds_only_spanish_pages()
    {
        _content.Article("cramps.es.md", "title: Calambres nocturnos\ncategory: causes\ntranslated: 2030-01-01", "Los calambres aparecen de noche en las piernas.");
        _content.Article("rest.es.md", "title: Descanso\ncategory: causes\ntranslated: 2030-01-01", "El descanso ayuda a los músculos.");
        var snapshot = Load();
        using var search = new LanguageSearch(snapshot.Languages);
        search.Index(snapshot);
        var spanish = snapshot.Languages.Find("es")!;

        var singular = search.Search(spanish, "calambre");
        var unaccented = search.Search(spanish, "musculo");
        var english = search.Search(spanish, "cramps");

        Assert.Equal(["es/cramps"], singular.Hits.Select(h => h.Article.Key));
        Assert.Equal(["es/rest"], unaccented.Hits.Select(h => h.Article.Key));
        Assert.Empty(english.Hits);
        Assert.All(search.Search(snapshot.Languages.Default, "cramp").Hits, h => Assert.True(h.Article.Language.IsDefault));
        Assert.Contains(search.Search(snapshot.Languages.Default, "cramp").Hits, h => h.Article.Key == "cramps");
    }
}
