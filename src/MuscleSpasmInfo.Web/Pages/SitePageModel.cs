using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using MuscleSpasmInfo.Content.Catalog;
using MuscleSpasmInfo.Content.Languages;
using MuscleSpasmInfo.Web.Endpoints;
using MuscleSpasmInfo.Web.Localisation;
using MuscleSpasmInfo.Web.Routing;
using MuscleSpasmInfo.Web.Serving;

namespace MuscleSpasmInfo.Web.Pages;

/// <summary>One entry of the language switcher: a language, and the same page in it or, when there is none, null.</summary>
public sealed record LanguageChoice(SiteLanguage Language, string? Path, string HomePath);

/// <summary>
/// Base of every page: takes the live snapshot once, so one request reads one snapshot throughout; knows the page's
/// language from its URL and the same page in other languages.
/// </summary>
public abstract class SitePageModel(RequestSnapshot snapshot, IOptions<SiteOptions> site) : PageModel
{
    private SiteLanguage? _language;
    private IReadOnlyList<Alternate>? _alternates;

    public ContentSnapshot Snapshot { get; } = snapshot.Current;

    /// <summary>This request's snapshot and indexes.</summary>
    protected RequestSnapshot RequestSnapshot { get; } = snapshot;

    public SiteOptions Site { get; } = site.Value;

    /// <summary>The language of the page: its URL's prefix, or for a 404 the prefix of the address that was not found.</summary>
    public SiteLanguage Language => _language ??= Snapshot.Languages.OfPath(
        HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath ?? Request.Path.Value ?? "/").Language;

    /// <summary>The interface text in the page's language.</summary>
    public InterfaceText T => HttpContext.RequestServices.GetRequiredService<InterfaceText>();

    /// <summary>The editorial text (caution, footer, home) in the page's language.</summary>
    public EditorialText Editorial => Site.TextIn(Language);

    /// <summary>The page's title as the browser tab shows it, before the site name.</summary>
    public string Title { get; protected set; } = string.Empty;

    /// <summary>The meta description of the page.</summary>
    public string? Description { get; protected set; }

    /// <summary>The page's own path, for its canonical URL; null for pages that should not be indexed.</summary>
    public string? CanonicalPath { get; protected set; }

    /// <summary>What the search box shows: the reader's query on a results page, otherwise nothing.</summary>
    public string? SearchTerms { get; protected set; }

    /// <summary>
    /// The same page in each language it exists in, this one included (<see cref="PageAlternates"/>); a page sets it when
    /// its content decides (articles, categories), else it follows from the route.
    /// </summary>
    public IReadOnlyList<Alternate> Alternates
    {
        get => _alternates ??= SiteRoutes.Find(Request.Path.Value ?? "/") is FixedRoute route && !ReferenceEquals(route, SiteRoutes.NotFound)
            ? PageAlternates.OfRoute(Snapshot.Languages, route)
            : [new Alternate(Language, Request.Path.Value ?? "/")];
        protected set => _alternates = value;
    }

    /// <summary>The language switcher: every other language, with this page in it or its home page.</summary>
    public IEnumerable<LanguageChoice> OtherLanguages =>
        Snapshot.Languages.All.Where(l => l != Language)
            .Select(l => new LanguageChoice(l, Alternates.FirstOrDefault(a => a.Language == l)?.Path, SiteRoutes.Home.PathIn(l)));

    /// <summary>The title element: the page's title and the site's name, or the name alone.</summary>
    public string DocumentTitle => Title.Length > 0 ? $"{Title} - {Site.Name}" : Site.Name;

    /// <summary>The absolute canonical URL, which print also shows as the page's address.</summary>
    public string? CanonicalUrl => CanonicalPath is { } path ? Site.Absolute(path) : null;

    /// <summary>Whether the page asks robots not to index it: a route robots.txt disallows (search).</summary>
    public bool NoIndex => SiteRoutes.Find(Request.Path.Value ?? SiteRoutes.Home.Path) is FixedRoute { Crawlable: false };

    /// <summary>
    /// Where the medical disclaimer lives: the article <c>Site:DisclaimerSlug</c> names, in the page's language when it is
    /// translated.
    /// </summary>
    public string DisclaimerPath =>
        Snapshot.FindArticle(Site.DisclaimerSlug) is { } disclaimer
            ? (Snapshot.TranslationsOf(disclaimer).FirstOrDefault(a => a.Language == Language) ?? disclaimer).Url
            : SiteRoutes.Article.PathOf(Site.DisclaimerSlug);

    /// <summary>A fixed route's URL in the page's language.</summary>
    public string PathOf(FixedRoute route)
    {
        ArgumentNullException.ThrowIfNull(route);
        return route.PathIn(Language);
    }
}
