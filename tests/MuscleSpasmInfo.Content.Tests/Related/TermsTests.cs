using MuscleSpasmInfo.Content.Languages;
using MuscleSpasmInfo.Content.Related;

namespace MuscleSpasmInfo.Content.Tests.Related;

/// <summary>Related content counts a text's terms with the search analysis of the text's own language.</summary>
public sealed class TermsTests
{
    private static readonly SiteLanguage Spanish = new("es", "Español", "es-ES", TextDirection.Ltr, IsDefault: false);

    [Fact]
    public void A_spanish_text_loses_spanish_stop_words_and_keeps_its_content_words()
    {
        var terms = Terms.Count("Los calambres de la pierna y el músculo", language: Spanish).Select(t => t.Key).ToList();

        Assert.DoesNotContain("los", terms);
        Assert.DoesNotContain("de", terms);
        Assert.DoesNotContain("la", terms);
        Assert.Equal(3, terms.Count);
    }

    [Fact]
    public void An_english_text_is_counted_with_english_analysis()
    {
        var terms = Terms.Count("Cramps and cramping of the muscles").ToDictionary(t => t.Key, t => t.Value);

        Assert.Equal(2, terms["cramp"]);
        Assert.DoesNotContain("the", terms.Keys);
    }
}
