using In = MuscleSpasmInfo.Content.Checks.CheckInputs;
using static MuscleSpasmInfo.Content.ProblemSeverity;

namespace MuscleSpasmInfo.Content.Checks;

/// <summary>
/// Every check the engine runs, declared once: the build raises problems through these, <c>check --list</c> prints them,
/// and a test holds the README's table of checks to this list.
/// </summary>
public static class ContentChecks
{
    public static readonly ContentCheck EmptyFile = new("MSI001", Error, In.File, "the file is empty");
    public static readonly ContentCheck NotText = new("MSI002", Error, In.File, "not a text file: not UTF-8, or contains NUL bytes");
    public static readonly ContentCheck Unreadable = new("MSI003", Error, In.File, "the file cannot be read or parsed");
    public static readonly ContentCheck NoFrontMatter = new("MSI004", Error, In.File, "no front matter: the file does not start with ---");
    public static readonly ContentCheck YamlSyntax = new("MSI005", Error, In.File, "YAML syntax error in the front matter, or front matter that is not a mapping");
    public static readonly ContentCheck MissingRequired = new("MSI006", Error, In.File, "a required field (title) missing or empty");
    public static readonly ContentCheck WrongType = new("MSI007", Error, In.File, "a field of the wrong type (a date, list, true/false, number or source written wrongly)");
    public static readonly ContentCheck UnknownField = new("MSI008", Warning, In.File, "unknown front-matter field, with a did-you-mean");
    public static readonly ContentCheck TooDeep = new("MSI009", Error, In.File, "Markdown nested too deeply to render");
    public static readonly ContentCheck RawHtml = new("MSI010", Warning, In.File, "raw HTML that the sanitiser removes or changes");
    public static readonly ContentCheck UnknownCallout = new("MSI011", Warning, In.File, "unknown callout kind (:::foo)");
    public static readonly ContentCheck BadIgnore = new("MSI012", Warning, In.File | In.Options, "an ignore list names an unknown check or an error (only warnings can be turned off)");
    public static readonly ContentCheck UnknownCategory = new("MSI020", Error, In.File | In.Categories, "category not in categories.yml");
    public static readonly ContentCheck NoCategory = new("MSI021", Warning, In.File, "no category");
    public static readonly ContentCheck InvalidSlug = new("MSI022", Error, In.File, "slug not lower-case letters, digits and hyphens");
    public static readonly ContentCheck LastGoodServed = new("MSI023", Warning, In.File | In.Previous, "the file has errors, so its last good version keeps serving");
    public static readonly ContentCheck DuplicateSlug = new("MSI030", Error, In.Slugs | In.Previous, "duplicate slug: the file named after the slug, else the one serving it, keeps it");
    public static readonly ContentCheck BadAlias = new("MSI031", Warning, In.File | In.Slugs, "an alias that is not a site path, collides with an article URL, or is claimed twice");
    public static readonly ContentCheck MissingArticle = new("MSI040", Warning, In.File | In.Slugs, "link to a missing article (shown as plain text)");
    public static readonly ContentCheck MissingHeading = new("MSI041", Warning, In.File | In.Slugs, "link to a missing heading anchor");
    public static readonly ContentCheck ImageOutsideMedia = new("MSI042", Warning, In.File, "image not written /media/...");
    public static readonly ContentCheck MissingImage = new("MSI043", Warning, In.File | In.Media, "image that does not exist under content/media/");
    public static readonly ContentCheck MissingRelated = new("MSI044", Warning, In.File | In.Slugs, "related slug that matches no article");
    public static readonly ContentCheck MissingReview = new("MSI050", Warning, In.File, "missing review data (no reviewedBy or lastReviewed)");
    public static readonly ContentCheck ReviewOverdue = new("MSI051", Warning, In.File | In.Today | In.Options, "review overdue (nextReview, or lastReviewed plus the interval, is past)");
    public static readonly ContentCheck ReadingGrade = new("MSI052", Warning, In.File | In.Options, "reading grade above the target (Flesch-Kincaid)");
    public static readonly ContentCheck CategoriesMissing = new("MSI060", Error, In.Categories, "categories.yml is missing or cannot be read");
    public static readonly ContentCheck CategoriesInvalid = new("MSI061", Error, In.Categories, "categories.yml: YAML errors, entries without slug or name, invalid or repeated slugs");
    public static readonly ContentCheck LastGoodCategories = new("MSI062", Warning, In.Categories | In.Previous, "categories.yml has errors, so the last good categories keep serving");
    public static readonly ContentCheck NoFolder = new("MSI070", Error, In.Options, "the content folder does not exist");
    public static readonly ContentCheck UnknownLanguage = new("MSI080", Error, In.File | In.Options, "file name ends in a language code that Content:Languages does not declare (x.fr.md)");
    public static readonly ContentCheck MissingSource = new("MSI081", Error, In.File | In.Slugs, "translation of a missing source: no default-language article has the slug it translates");
    public static readonly ContentCheck TwoTranslations = new("MSI082", Error, In.File | In.Slugs, "two translations of one article into one language: the file named after the source, else the first path, keeps it");
    public static readonly ContentCheck CategoryNotTranslated = new("MSI083", Error, In.File | In.Categories, "category missing from the categories of the article's language (categories.es.yml)");
    public static readonly ContentCheck TranslationOutOfDate = new("MSI084", Warning, In.File | In.Slugs, "translation may be out of date: its source was modified after its translated date");

    /// <summary>Every check, in code order.</summary>
    public static readonly IReadOnlyList<ContentCheck> All =
    [
        EmptyFile, NotText, Unreadable, NoFrontMatter, YamlSyntax, MissingRequired, WrongType, UnknownField, TooDeep, RawHtml,
        UnknownCallout, BadIgnore, UnknownCategory, NoCategory, InvalidSlug, LastGoodServed, DuplicateSlug, BadAlias,
        MissingArticle, MissingHeading, ImageOutsideMedia, MissingImage, MissingRelated, MissingReview, ReviewOverdue,
        ReadingGrade, CategoriesMissing, CategoriesInvalid, LastGoodCategories, NoFolder, UnknownLanguage, MissingSource,
        TwoTranslations, CategoryNotTranslated, TranslationOutOfDate,
    ];

    private static readonly Dictionary<string, ContentCheck> ByCode = All.ToDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);

    /// <summary>The check with this code, if there is one.</summary>
    public static ContentCheck? Find(string code) => ByCode.GetValueOrDefault(code);
}
