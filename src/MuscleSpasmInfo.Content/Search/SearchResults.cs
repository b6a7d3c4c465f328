namespace MuscleSpasmInfo.Content.Search;

/// <summary>One page of the answer to a search, with what a results page needs to show and to link the other pages.</summary>
/// <param name="Query">The reader's query, trimmed; for a too-long query only its first <see cref="SearchService.MaxQueryLength"/> characters.</param>
/// <param name="Problem">Why no query ran, or <see cref="SearchProblem.None"/> when it ran.</param>
/// <param name="TotalHits">How many articles matched, over all pages.</param>
/// <param name="Page">The 1-based page these hits are.</param>
/// <param name="PageSize">Hits per page.</param>
/// <param name="TotalPages">How many pages the hits fill; 0 when nothing matched.</param>
/// <param name="Hits">This page's hits, best first.</param>
/// <param name="DidYouMean">A corrected query when some words matched only as likely typos, else null.</param>
public sealed record SearchResults(
    string Query,
    SearchProblem Problem,
    int TotalHits,
    int Page,
    int PageSize,
    int TotalPages,
    IReadOnlyList<SearchHit> Hits,
    string? DidYouMean = null)
{
    /// <summary>An answer with no hits: for a query that did not run or matched nothing.</summary>
    internal static SearchResults Nothing(string query, SearchProblem problem, int page, int pageSize) =>
        new(query, problem, 0, page, pageSize, 0, []);
}
