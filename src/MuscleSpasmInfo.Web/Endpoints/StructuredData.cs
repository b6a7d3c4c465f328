using System.Text.Json;
using MuscleSpasmInfo.Content.Catalog;
using MuscleSpasmInfo.Content.Categories;
using MuscleSpasmInfo.Web.Pages;
using MuscleSpasmInfo.Web.Routing;

namespace MuscleSpasmInfo.Web.Endpoints;

/// <summary>The schema.org <c>MedicalWebPage</c> JSON-LD of an article, for search engines.</summary>
public static class StructuredData
{
    /// <summary>
    /// The JSON-LD of <paramref name="article"/>: in its language (<c>inLanguage</c>), with its breadcrumb from the home
    /// page of that language (<paramref name="homeName"/> at <paramref name="homePath"/>) and its translations.
    /// </summary>
    public static string For(Article article, Category? category, SiteOptions site, string homeName, string homePath, IReadOnlyList<Alternate> alternates)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(alternates);
        var meta = article.Meta;
        var breadcrumb = new List<object>
        {
            Crumb(1, homeName, site.Absolute(homePath)),
        };
        if (category is not null)
        {
            breadcrumb.Add(Crumb(2, category.Name, site.Absolute(category.Url)));
        }

        breadcrumb.Add(Crumb(breadcrumb.Count + 1, article.Title, site.Absolute(article.Url)));

        var data = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "MedicalWebPage",
            ["headline"] = article.Title,
            ["name"] = article.Title,
            ["description"] = meta.Summary,
            ["url"] = site.Absolute(article.Url),
            ["inLanguage"] = article.Language.Culture,
            ["translationOfWork"] = article.SourceKey is null ? null : alternates.FirstOrDefault(a => a.Language.IsDefault) is { } original
                ? new Dictionary<string, object?> { ["@type"] = "MedicalWebPage", ["url"] = site.Absolute(original.Path), ["inLanguage"] = original.Language.Culture }
                : null,
            ["workTranslation"] = article.SourceKey is null && alternates.Count > 1
                ? alternates.Where(a => !a.Language.IsDefault).Select(a => new Dictionary<string, object?> { ["@type"] = "MedicalWebPage", ["url"] = site.Absolute(a.Path), ["inLanguage"] = a.Language.Culture }).ToList()
                : null,
            ["datePublished"] = meta.Date is { } d ? Format.IsoDate(d) : null,
            ["dateModified"] = article.LastModified is { } m ? Format.IsoDate(m) : null,
            ["lastReviewed"] = meta.LastReviewed is { } r ? Format.IsoDate(r) : null,
            ["reviewedBy"] = meta.ReviewedBy is { } reviewer
                ? new Dictionary<string, object?> { ["@type"] = "Person", ["name"] = reviewer.Name, ["jobTitle"] = reviewer.Credential }
                : null,
            ["author"] = meta.Author is { } author
                ? new Dictionary<string, object?> { ["@type"] = "Person", ["name"] = author }
                : new Dictionary<string, object?> { ["@type"] = "Organization", ["name"] = site.Publisher },
            ["publisher"] = new Dictionary<string, object?> { ["@type"] = "Organization", ["name"] = site.Publisher },
            ["about"] = new Dictionary<string, object?>
            {
                ["@type"] = "MedicalCondition",
                ["name"] = "Muscle spasm",
                ["alternateName"] = meta.AlsoCalled.Count > 0 ? meta.AlsoCalled : null,
            },
            ["keywords"] = meta.Tags.Count > 0 ? string.Join(", ", meta.Tags) : null,
            ["breadcrumb"] = new Dictionary<string, object?> { ["@type"] = "BreadcrumbList", ["itemListElement"] = breadcrumb },
        };

        // The default encoder escapes '<', '>' and '&', so nothing in the data can close the script element.
        return JsonSerializer.Serialize(data.Where(kv => kv.Value is not null).ToDictionary(kv => kv.Key, kv => kv.Value));
    }

    private static Dictionary<string, object> Crumb(int position, string name, string url) => new()
    {
        ["@type"] = "ListItem",
        ["position"] = position,
        ["name"] = name,
        ["item"] = url,
    };
}
