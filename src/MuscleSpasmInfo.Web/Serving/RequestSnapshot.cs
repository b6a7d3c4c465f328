using MuscleSpasmInfo.Content.Catalog;
using MuscleSpasmInfo.Web.ContentHosting;

namespace MuscleSpasmInfo.Web.Serving;

/// <summary>
/// The snapshot and the indexes of one request, each fixed at its first use, so the page cache files a response under
/// the very snapshot and indexes the page was rendered from, even when a reload lands mid-request.
/// </summary>
public sealed class RequestSnapshot(ContentStore store, IndexBuilder indexes)
{
    private ContentSnapshot? _snapshot;
    private PublishedIndexes? _indexes;

    public ContentSnapshot Current => _snapshot ??= store.Current;

    /// <summary>The newest indexes, waiting for the first build when there is none yet.</summary>
    public async ValueTask<PublishedIndexes> IndexesAsync(CancellationToken cancellationToken) =>
        _indexes ??= await indexes.CurrentAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>The articles most related to <paramref name="article"/> that this request's snapshot serves, best first.</summary>
    public async ValueTask<IReadOnlyList<Article>> RelatedToAsync(Article article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        var published = await IndexesAsync(cancellationToken).ConfigureAwait(false);
        var snapshot = Current;
        var related = published.RelatedTo(article).Select(snapshot.FindArticle).OfType<Article>().ToList();
        // Indexes a snapshot behind may not know a new article yet: its page still gets a list until they catch up.
        return related.Count > 0 ? related : snapshot.MoreInCategory(article);
    }
}
