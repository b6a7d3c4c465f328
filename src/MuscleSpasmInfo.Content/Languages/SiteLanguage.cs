namespace MuscleSpasmInfo.Content.Languages;

/// <summary>Which way a language's text runs, as the <c>dir</c> attribute writes it.</summary>
public enum TextDirection
{
    /// <summary>Left to right.</summary>
    Ltr,

    /// <summary>Right to left (Arabic, Hebrew).</summary>
    Rtl,
}

/// <summary>
/// One language the site publishes in, as the configuration declares it. The default language's pages keep the URLs they
/// have always had; every other language's pages live under <c>/{code}/</c>, and its files are named <c>x.{code}.md</c>.
/// </summary>
/// <param name="Code">What file names and URLs carry: <c>es</c> in <c>x.es.md</c> and <c>/es/articles/x</c>.</param>
/// <param name="Name">The language's name in itself, as a reader looks for it: "English", "Español".</param>
/// <param name="Culture">The BCP 47 tag of <c>lang</c>, <c>hreflang</c> and localised interface text: <c>en-GB</c>, <c>es</c>.</param>
/// <param name="Direction">Which way its text runs.</param>
/// <param name="IsDefault">True for the one language whose pages have no prefix.</param>
public sealed record SiteLanguage(string Code, string Name, string Culture, TextDirection Direction, bool IsDefault)
{
    /// <summary>What comes before a page's path in this language: empty for the default language, <c>/es</c> otherwise.</summary>
    public string PathPrefix => IsDefault ? string.Empty : "/" + Code;

    /// <summary>The <c>dir</c> attribute's value.</summary>
    public string Dir => Direction == TextDirection.Rtl ? "rtl" : "ltr";

    /// <summary>The Open Graph locale, <c>en_GB</c>: the culture with an underscore.</summary>
    public string OpenGraphLocale => Culture.Replace('-', '_');

    /// <summary>
    /// The key an article of this language with <paramref name="slug"/> is known by across the build: the slug itself in the
    /// default language, <c>es/slug</c> otherwise, so that a Spanish page may share an English page's slug.
    /// </summary>
    public string KeyOf(string slug) => IsDefault ? slug : Code + "/" + slug;

    /// <summary>The path of a site page in this language: <c>/articles/x</c> becomes <c>/es/articles/x</c>, <c>/</c> becomes <c>/es/</c>.</summary>
    public string PathOf(string path) => PathPrefix + path;
}
