using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using MuscleSpasmInfo.Content.Search;
using MuscleSpasmInfo.Web.Routing;
using MuscleSpasmInfo.Web.Serving;

namespace MuscleSpasmInfo.Web.Pages;

public sealed class SearchModel(RequestSnapshot snapshot, LanguageSearch search, IOptions<SiteOptions> site) : SitePageModel(snapshot, site)
{
    private const int PageSize = 10;

    public SearchResults? Results { get; private set; }

    /// <summary>The rank of the first hit on this page, where the numbered list starts.</summary>
    public int FirstRank => Results is { } r ? ((r.Page - 1) * r.PageSize) + 1 : 1;

    public async Task OnGetAsync([FromQuery(Name = SiteRoutes.PageNumberKey)] int? page, CancellationToken cancellationToken)
    {
        Title = T["SearchButton"];
        // Read raw: model binding turns a blank query into null, which would hide the "enter a word" message.
        if (!Request.Query.TryGetValue(SiteRoutes.SearchTermsKey, out var values))
        {
            return;
        }

        var q = values.ToString();
        await RequestSnapshot.IndexesAsync(cancellationToken).ConfigureAwait(false); // the first build, at start-up
        Results = search.Search(Language, q, Math.Clamp(page ?? 1, 1, 10_000), PageSize);
        SearchTerms = Results.Query;
        Title = Results.Problem == SearchProblem.None ? T.Format("SearchResultsFor", Results.Query) : T["SearchButton"];
    }

    /// <summary>The URL of a search for <paramref name="terms"/> in the page's language.</summary>
    public string SearchUrl(string terms) => SiteRoutes.Search.With(Language, (SiteRoutes.SearchTermsKey, terms));

    /// <summary>The URL of another page of the same results.</summary>
    public string PageUrl(int page) =>
        SiteRoutes.Search.With(Language, (SiteRoutes.SearchTermsKey, Results!.Query), (SiteRoutes.PageNumberKey, page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
