using MuscleSpasmInfo.Content.Catalog;
using MuscleSpasmInfo.Web.ContentHosting;

namespace MuscleSpasmInfo.Web.Serving;

/// <summary>
/// The snapshot of one request, fixed at its first use, so the page cache files a response under the very snapshot
/// the page was rendered from, even when a reload lands mid-request.
/// </summary>
public sealed class RequestSnapshot(ContentStore store)
{
    private ContentSnapshot? _snapshot;

    public ContentSnapshot Current => _snapshot ??= store.Current;
}
