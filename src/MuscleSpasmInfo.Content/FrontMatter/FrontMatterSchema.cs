using System.Collections.Frozen;
using static MuscleSpasmInfo.Content.FrontMatter.FieldUse;

namespace MuscleSpasmInfo.Content.FrontMatter;

/// <summary>
/// Every front-matter field, declared once: the parser reads by this table, unknown names are matched against it, and
/// the README's field table is tested against it. Adding a field means a row here and a property on
/// <see cref="ArticleFrontMatter"/>.
/// </summary>
public static class FrontMatterSchema
{
    /// <summary>The fields in the order the README lists them.</summary>
    public static readonly IReadOnlyList<FrontMatterField> Fields =
    [
        Field("title", FieldTypes.Text, Page | Lists | RelatedContent | SearchIndex | Feed,
            "The article's title, as its page, lists, search and the feed show it.", (m, v) => m with { Title = v }, required: true),
        Field("slug", FieldTypes.Text, Address,
            "The name in its URL, `/articles/slug`; default: the file name.", (m, v) => m with { Slug = v }),
        Field("summary", FieldTypes.Text, Page | Lists | RelatedContent | SearchIndex | Feed,
            "One or two sentences, shown under the title and in lists.", (m, v) => m with { Summary = v },
            otherNames: ["description", "excerpt"]),
        Field("date", FieldTypes.Date, Page | Publication | Lists | RelatedContent | Feed,
            "Publication date; an article dated in the future is published on that day.", (m, v) => m with { Date = v },
            otherNames: ["publishDate", "pubDate", "published"]),
        Field("updated", FieldTypes.Date, Page | Feed,
            "When the article last changed in substance.", (m, v) => m with { Updated = v },
            otherNames: ["lastmod", "modified", "last_modified_at"]),
        Field("category", FieldTypes.Text, Page | Lists | RelatedContent | SiteChecks,
            "A slug from `categories.yml`.", (m, v) => m with { Category = v }, otherNames: ["categories"]),
        Field("tags", FieldTypes.TextList, Page | Lists | RelatedContent,
            "Topics; articles that share tags are related.", (m, v) => m with { Tags = v }, otherNames: ["keywords"]),
        Field("related", FieldTypes.TextList, Page | RelatedContent | SiteChecks,
            "Slugs pinned first under Related Content, in this order.", (m, v) => m with { Related = v }),
        Field("alsoCalled", FieldTypes.TextList, Page | Lists | SearchIndex,
            "Other names: shown, searched and listed in the A to Z.", (m, v) => m with { AlsoCalled = v }),
        Field("aliases", FieldTypes.TextList, Address | SiteChecks,
            "Old URLs, which answer 301 to this article.", (m, v) => m with { Aliases = v }, otherNames: ["redirect_from"]),
        Field("sources", FieldTypes.Sources, Page,
            "The references, numbered on the page; each url must be http or https.", (m, v) => m with { Sources = v }),
        Field("author", FieldTypes.Text, Page | Feed,
            "Who wrote the article.", (m, v) => m with { Author = v }, otherNames: ["authors"]),
        Field("reviewedBy", FieldTypes.Person, Page | SiteChecks,
            "The medical reviewer.", (m, v) => m with { ReviewedBy = v }),
        Field("lastReviewed", FieldTypes.Date, Page | Feed | SiteChecks,
            "When the reviewer last checked the article.", (m, v) => m with { LastReviewed = v }),
        Field("nextReview", FieldTypes.Date, Page | SiteChecks,
            "When the next review is due; default: `lastReviewed` plus `Content:ReviewIntervalYears` (3).", (m, v) => m with { NextReview = v }),
        Field("draft", FieldTypes.Boolean, Publication,
            "`true` keeps the article off the site (editors see it with `Content:ShowDrafts`).", (m, v) => m with { Draft = v }),
        Field("guide", FieldTypes.Text, Page | Lists,
            "The slug of the multi-page guide the article is part of.", (m, v) => m with { Guide = v }),
        Field("order", FieldTypes.WholeNumber, Page | Lists,
            "The article's place in its guide.", (m, v) => m with { Order = v }, otherNames: ["weight"]),
        Field("translationOf", FieldTypes.Text, Page | SiteChecks,
            "In a translation (`x.es.md`), the slug of the default-language article it translates; default: the file name without its language.", (m, v) => m with { TranslationOf = v }),
        Field("translated", FieldTypes.Date, Page | SiteChecks,
            "In a translation, the day it was last brought up to date with its source; a source changed after it is flagged.", (m, v) => m with { Translated = v }),
        Field("ignore", FieldTypes.TextList, SiteChecks,
            "Codes of warnings this file turns off, such as `[MSI052]` (`check --list` lists them).", (m, v) => m with { Ignore = v }),
    ];

    private static readonly FrozenDictionary<string, FrontMatterField> ByName = Fields.ToFrozenDictionary(f => f.Name, StringComparer.Ordinal);

    /// <summary>The field named exactly <paramref name="name"/>, or null.</summary>
    public static FrontMatterField? Find(string name) => ByName.GetValueOrDefault(name);

    /// <summary>
    /// The field an unknown <paramref name="name"/> most likely meant: the same name in another case, another tool's
    /// name for it, or a near spelling (an edit or two away); null when none is close.
    /// </summary>
    public static FrontMatterField? Suggest(string name) =>
        Fields.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? Fields.FirstOrDefault(f => f.OtherNames.Contains(name, StringComparer.OrdinalIgnoreCase))
        ?? Fields
            .Select(f => (Field: f, Distance: EditDistance.Between(f.Name.ToLowerInvariant(), name.ToLowerInvariant())))
            .Where(c => c.Distance <= (c.Field.Name.Length <= 4 ? 1 : 2))
            .OrderBy(c => c.Distance)
            .Select(c => c.Field)
            .FirstOrDefault();

    private static FrontMatterField<T> Field<T>(
        string name, FieldType<T> type, FieldUse usedBy, string description, Func<ArticleFrontMatter, T, ArticleFrontMatter> set,
        bool required = false, string[]? otherNames = null) =>
        new(name, type, required, usedBy, description, otherNames ?? [], set);
}
