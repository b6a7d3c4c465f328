using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using MuscleSpasmInfo.Content.Catalog;
using MuscleSpasmInfo.Web.ContentHosting;

namespace MuscleSpasmInfo.Web.Serving;

/// <summary>
/// Rendered responses of the live snapshot and indexes. Each new snapshot, and each new set of indexes, starts a fresh
/// generation, so once either is newer no reader is ever handed a page rendered from the older one.
/// </summary>
public sealed class PageCache
{
    private readonly int _maxEntries;
    private Generation _generation;

    public PageCache(ContentStore store, IndexBuilder indexes, IOptions<ServingOptions> options)
    {
        _maxEntries = options.Value.MaxEntries;
        var placeholder = new Generation(0);
        _generation = placeholder;
        store.Changed += snapshot => Volatile.Write(ref _generation, new Generation(snapshot.Version));
        indexes.Published += _ => Volatile.Write(ref _generation, new Generation(store.Current.Version));
        // Unless a reload already replaced the placeholder, start with the snapshot that is live now. Without waiting for
        // the first load: the host builds this with the middleware, and Kestrel's start (and the first requests' one-off
        // costs) should run beside that load, not after it; the first snapshot raises Changed like any other.
        if (store.Loaded is { } loaded)
        {
            Interlocked.CompareExchange(ref _generation, new Generation(loaded.Version), placeholder);
        }
    }

    /// <summary>The generation pages of <paramref name="snapshot"/> are cached in now, or null when it is not live.</summary>
    public Generation? For(ContentSnapshot snapshot)
    {
        var generation = Volatile.Read(ref _generation);
        return generation.Version == snapshot.Version ? generation : null;
    }

    /// <summary>Keeps a response rendered in <paramref name="generation"/>; ignored when a newer one began meanwhile.</summary>
    public void Add(Generation generation, string key, CachedResponse response)
    {
        if (ReferenceEquals(Volatile.Read(ref _generation), generation) && generation.Entries.Count < _maxEntries)
        {
            generation.Entries.TryAdd(key, response);
        }
    }

    /// <summary>The responses cached for one snapshot and one set of indexes.</summary>
    public sealed record Generation(long Version)
    {
        internal ConcurrentDictionary<string, CachedResponse> Entries { get; } = new(StringComparer.Ordinal);

        /// <summary>The response cached for <paramref name="key"/>, if any.</summary>
        public CachedResponse? Find(string key) => Entries.GetValueOrDefault(key);
    }
}
