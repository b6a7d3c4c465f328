using System.Text.RegularExpressions;

namespace MuscleSpasmInfo.Content.Languages;

/// <summary>
/// The languages of the site, declared once in configuration (<c>Content:Languages</c>, <c>Content:DefaultLanguage</c>):
/// what a file name's language suffix, a URL's first segment and a page's <c>lang</c> are read against. Without any
/// declared, the site is in British English alone, as it always was.
/// </summary>
public sealed partial class LanguageTable
{
    private readonly Dictionary<string, SiteLanguage> _byCode;

    private LanguageTable(IReadOnlyList<SiteLanguage> all)
    {
        All = all;
        Default = all.Single(l => l.IsDefault);
        _byCode = all.ToDictionary(l => l.Code, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>British English alone: the site before it had translations.</summary>
    public static LanguageTable EnglishOnly { get; } = new([new SiteLanguage("en", "English", "en-GB", TextDirection.Ltr, IsDefault: true)]);

    /// <summary>Every language, the default first, then as declared.</summary>
    public IReadOnlyList<SiteLanguage> All { get; }

    /// <summary>The language of the pages without a prefix.</summary>
    public SiteLanguage Default { get; }

    /// <summary>
    /// The table <paramref name="options"/> declare. Throws for a configuration that cannot work (a code twice, a code
    /// that does not look like one, a default that is not declared): the site must not start half-configured.
    /// </summary>
    public static LanguageTable From(ContentOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Languages.Count == 0)
        {
            return EnglishOnly;
        }

        var defaultCode = string.IsNullOrWhiteSpace(options.DefaultLanguage) ? options.Languages.First().Code : options.DefaultLanguage;
        var languages = new List<SiteLanguage>();
        foreach (var declared in options.Languages)
        {
            if (!LooksLikeCode(declared.Code) || string.IsNullOrWhiteSpace(declared.Name))
            {
                throw new InvalidOperationException($"Content:Languages: '{declared.Code}' needs a code of 2 or 3 lower-case letters (optionally -region) and a name");
            }

            if (languages.Any(l => string.Equals(l.Code, declared.Code, StringComparison.OrdinalIgnoreCase)))
            {
                throw new InvalidOperationException($"Content:Languages: '{declared.Code}' is declared twice");
            }

            var direction = declared.Direction?.Trim().ToUpperInvariant() switch
            {
                null or "" or "LTR" => TextDirection.Ltr,
                "RTL" => TextDirection.Rtl,
                _ => throw new InvalidOperationException($"Content:Languages: direction of '{declared.Code}' must be ltr or rtl"),
            };
            var isDefault = string.Equals(declared.Code, defaultCode, StringComparison.OrdinalIgnoreCase);
            languages.Add(new SiteLanguage(declared.Code.ToLowerInvariant(), declared.Name.Trim(), declared.Culture?.Trim() is { Length: > 0 } culture ? culture : declared.Code, direction, isDefault));
        }

        if (!languages.Any(l => l.IsDefault))
        {
            throw new InvalidOperationException($"Content:DefaultLanguage '{defaultCode}' is not one of Content:Languages");
        }

        return new LanguageTable([.. languages.OrderByDescending(l => l.IsDefault)]);
    }

    /// <summary>The language with this code, if declared.</summary>
    public SiteLanguage? Find(string? code) => code is null ? null : _byCode.GetValueOrDefault(code);

    /// <summary>
    /// What a content file's name says: <c>x.es.md</c> is <c>x</c> in Spanish, <c>x.md</c> is <c>x</c> in the default
    /// language. <paramref name="unknownCode"/> is set when the name ends in something shaped like a language code that is
    /// not declared (<c>x.fr.md</c>), and the file is then taken to be <c>x</c> in the default language (it has an error, so
    /// it is left out; its slug stays a valid one so that the error is the only one).
    /// </summary>
    public (string Stem, SiteLanguage Language) OfFileName(string path, out string? unknownCode)
    {
        unknownCode = null;
        var stem = System.IO.Path.GetFileNameWithoutExtension(path);
        var dot = stem.LastIndexOf('.');
        if (dot <= 0)
        {
            return (stem, Default);
        }

        var suffix = stem[(dot + 1)..];
        if (Find(suffix) is { } language)
        {
            return (stem[..dot], language);
        }

        if (LooksLikeCode(suffix))
        {
            unknownCode = suffix;
            return (stem[..dot], Default);
        }

        return (stem, Default);
    }

    /// <summary>
    /// The language a site path is in and the path without its prefix: <c>/es/articles/x</c> is <c>/articles/x</c> in
    /// Spanish, <c>/es</c> is <c>/</c>; a path whose first segment is no declared language is in the default language.
    /// </summary>
    public (SiteLanguage Language, string Remainder) OfPath(string path)
    {
        if (LanguagePath.Split(path) is ({ } code, var rest) && Find(code) is { IsDefault: false } language)
        {
            return (language, rest);
        }

        return (Default, path);
    }

    /// <summary>True for something shaped like a language code: <c>es</c>, <c>ast</c>, <c>pt-br</c>.</summary>
    public static bool LooksLikeCode(string? text) => text is not null && CodePattern().IsMatch(text);

    [GeneratedRegex("^[a-z]{2,3}(?:-[a-z0-9]{2,8})?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CodePattern();
}
