namespace MuscleSpasmInfo.Web;

/// <summary>Settings of the site itself, bound from the <c>Site</c> configuration section.</summary>
public sealed class SiteOptions
{
    public const string Section = "Site";

    /// <summary>The site's name, shown in the header and page titles.</summary>
    public string Name { get; set; } = "MuscleSpasmInfo";

    /// <summary>The public address the site is served at, used for canonical URLs, the sitemap and the feed.</summary>
    public string BaseUrl { get; set; } = "http://localhost:5000";

    /// <summary>Who publishes the site, as the About page names them.</summary>
    public string Publisher { get; set; } = "The MuscleSpasmInfo editorial team";

    /// <summary>Where readers write to the publisher; set it for a real deployment.</summary>
    public string ContactEmail { get; set; } = "editor@example.org";

    /// <summary>The slug of the article every caution callout links to.</summary>
    public string DisclaimerSlug { get; set; } = "medical-disclaimer";

    /// <summary>The caution every article but the disclaimer shows; text for editors, so it lives in configuration.</summary>
    public CautionText Caution { get; set; } = new();

    /// <summary>The statement at the foot of every page.</summary>
    public string FooterStatement { get; set; } = string.Empty;

    /// <summary>The home page's heading, lead and description.</summary>
    public HomeText Home { get; set; } = new();

    /// <summary>The editorial text of each other language, by language code; a language without one reads the default's.</summary>
    public Dictionary<string, EditorialText> Translations { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>True when every text editors set in configuration is there, in every language given, so no page goes out without its caution.</summary>
    public bool HasEditorialText => Default.IsComplete && Translations.Values.All(t => t.IsComplete);

    /// <summary>The editorial text in <paramref name="language"/>: its translation, or the default language's.</summary>
    public EditorialText TextIn(Content.Languages.SiteLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return !language.IsDefault && Translations.TryGetValue(language.Code, out var text) ? text : Default;
    }

    private EditorialText Default => new() { Caution = Caution, FooterStatement = FooterStatement, Home = Home };

    /// <summary>The site's time zone, an IANA id such as Europe/London: front-matter timestamps count as dates there.</summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>The absolute URL of a site path such as <c>/articles/x</c>.</summary>
    public string Absolute(string path) => BaseUrl.TrimEnd('/') + path;
}
