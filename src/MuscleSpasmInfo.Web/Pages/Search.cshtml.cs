using Microsoft.Extensions.Options;
using MuscleSpasmInfo.Content.Search;
using MuscleSpasmInfo.Web.Serving;

namespace MuscleSpasmInfo.Web.Pages;

public sealed class SearchModel(RequestSnapshot snapshot, SearchService search, IOptions<SiteOptions> site) : SitePageModel(snapshot, site)
{
    private const int PageSize = 10;

    public SearchResults? Results { get; private set; }

    public async Task OnGetAsync(int? page, CancellationToken cancellationToken)
    {
        Title = "Search";
        // Read raw: model binding turns a blank query into null, which would hide the "enter a word" message.
        if (!Request.Query.TryGetValue("q", out var values))
        {
            return;
        }

        var q = values.ToString();
        await RequestSnapshot.IndexesAsync(cancellationToken).ConfigureAwait(false); // the first build, at start-up
        Results = search.Search(q, Math.Clamp(page ?? 1, 1, 10_000), PageSize);
        ViewData["Query"] = Results.Query;
        Title = Results.Problem == SearchProblem.None ? $"Search results for {Results.Query}" : "Search";
    }

    /// <summary>The URL of another page of the same results.</summary>
    public string PageUrl(int page) => $"/search?q={Uri.EscapeDataString(Results!.Query)}&page={page}";
}
