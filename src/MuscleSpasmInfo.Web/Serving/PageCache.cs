using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using MuscleSpasmInfo.Content.Catalog;
using MuscleSpasmInfo.Web.ContentHosting;

namespace MuscleSpasmInfo.Web.Serving;

/// <summary>
/// Rendered responses of the live snapshot. Each snapshot gets a fresh generation, so once a newer snapshot is live
/// no reader is ever handed a page of an older one.
/// </summary>
public sealed class PageCache
{
    private readonly int _maxEntries;
    private Generation _generation;

    public PageCache(ContentStore store, IOptions<ServingOptions> options)
    {
        _maxEntries = options.Value.MaxEntries;
        var placeholder = new Generation(0);
        _generation = placeholder;
        store.Changed += snapshot => Volatile.Write(ref _generation, new Generation(snapshot.Version));
        // Unless a reload already replaced the placeholder, start with the snapshot that is live now.
        Interlocked.CompareExchange(ref _generation, new Generation(store.Current.Version), placeholder);
    }

    /// <summary>The response cached for <paramref name="key"/> under <paramref name="snapshot"/>, if any.</summary>
    public CachedResponse? Find(ContentSnapshot snapshot, string key)
    {
        var generation = Volatile.Read(ref _generation);
        return generation.Version == snapshot.Version && generation.Entries.TryGetValue(key, out var hit) ? hit : null;
    }

    /// <summary>Keeps a response rendered from <paramref name="snapshot"/>; ignored when that snapshot is no longer live.</summary>
    public void Add(ContentSnapshot snapshot, string key, CachedResponse response)
    {
        var generation = Volatile.Read(ref _generation);
        if (generation.Version == snapshot.Version && generation.Entries.Count < _maxEntries)
        {
            generation.Entries.TryAdd(key, response);
        }
    }

    private sealed record Generation(long Version)
    {
        public ConcurrentDictionary<string, CachedResponse> Entries { get; } = new(StringComparer.Ordinal);
    }
}
