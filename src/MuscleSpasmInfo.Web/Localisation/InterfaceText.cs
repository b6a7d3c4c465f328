using System.Globalization;
using Microsoft.Extensions.Localization;

namespace MuscleSpasmInfo.Web.Localisation;

/// <summary>
/// What pages write their interface text through (views inject it as <c>T</c>): the resources of the request's culture,
/// which <see cref="LanguagePathCultureProvider"/> sets from the URL, with the few rules that differ by language (plurals,
/// dates) kept in the resources too rather than in templates.
/// </summary>
public sealed class InterfaceText(IStringLocalizer<SiteResources> localizer)
{
    // For text in a language other than the request's (the switcher speaks each language in its own words).
    private static readonly System.Resources.ResourceManager Resources = new(
        "MuscleSpasmInfo.Web.Resources.Localisation.SiteResources", typeof(SiteResources).Assembly);

    /// <summary>The text of <paramref name="key"/> in the request's language.</summary>
    public string this[string key] => localizer[key];

    /// <summary>The text of <paramref name="key"/> with its placeholders filled.</summary>
    public string Format(string key, params object[] arguments) =>
        string.Format(CultureInfo.InvariantCulture, localizer[key], arguments);

    /// <summary>"1 minute" or "5 minutes": <c>{key}_one</c> or <c>{key}_other</c> with the number.</summary>
    public string Count(int n, string key) => Format(n == 1 ? key + "_one" : key + "_other", n);

    /// <summary>A date as the language writes it: "7 May 2016", "7 de mayo de 2016".</summary>
    public string Date(DateOnly date)
    {
        var months = localizer["Months"].Value.Split(',');
        return Format("DateFormat", date.Day, months[date.Month - 1].Trim(), date.Year);
    }

    /// <summary>
    /// The language interface text for <paramref name="language"/> is written in: the language itself when it has its own
    /// resources, else the default language, whose text it falls back to.
    /// </summary>
    public static Content.Languages.SiteLanguage TextLanguage(Content.Languages.SiteLanguage language, Content.Languages.SiteLanguage defaultLanguage)
    {
        ArgumentNullException.ThrowIfNull(language);
        return language.IsDefault || Resources.GetResourceSet(new CultureInfo(language.Culture), createIfNotExists: true, tryParents: false) is not null
            ? language
            : defaultLanguage;
    }

    /// <summary>The text of <paramref name="key"/> in <paramref name="language"/>, whatever the request's, with its placeholders filled.</summary>
    public static string In(Content.Languages.SiteLanguage language, string key, params object[] arguments)
    {
        ArgumentNullException.ThrowIfNull(language);
        var text = Resources.GetString(key, new CultureInfo(language.Culture)) ?? key;
        return string.Format(CultureInfo.InvariantCulture, text, arguments);
    }

    /// <summary>True when <paramref name="key"/> has text in some resource file of the chain (a test checks every key).</summary>
    public bool Has(string key) => !localizer[key].ResourceNotFound;
}
