namespace MuscleSpasmInfo.Content.Build;

/// <summary>
/// One build stage's results by key, kept from one build to the next as a map that is never changed once a build has
/// made it (each build changes a copy), so a snapshot can hold them while the next build makes its own. A copy of
/// ten thousand entries takes a tenth of a millisecond, and lookups in a plain dictionary are several times faster
/// than in an immutable tree, which every stage does for every key of a first build. A build recomputes only the keys whose inputs it knows have changed (each stage
/// says which, from what it declares it reads) and learns which results changed, which is what the stages after it
/// read. A cold start is the same build with no results yet and every key changed.
/// </summary>
internal sealed class StageResults<TKey, TValue>
    where TKey : notnull
    where TValue : class
{
    // Below this many keys (an edit) the work is too small to be worth handing to other threads.
    private const int ParallelFrom = 256;

    private Dictionary<TKey, TValue> _current;

    public StageResults(IEqualityComparer<TKey> comparer) => _current = new Dictionary<TKey, TValue>(comparer);

    /// <summary>Every key's result after the last build; never changed afterwards.</summary>
    public IReadOnlyDictionary<TKey, TValue> Current => _current;

    /// <summary>How many results the last build computed.</summary>
    public int Computed { get; private set; }

    /// <summary>The result of <paramref name="key"/>, or null.</summary>
    public TValue? this[TKey key] => _current.GetValueOrDefault(key);

    /// <summary>
    /// Recomputes each key in <paramref name="dirty"/> from its last result (null for none); a null result removes the
    /// key. Returns the keys whose result is now a different object: a stage that finds nothing changed returns the last.
    /// </summary>
    /// <remarks>
    /// Many keys (a first build) are computed in parallel, so <paramref name="compute"/> must only read: the results of
    /// earlier stages and its arguments.
    /// </remarks>
    public IReadOnlySet<TKey> Update(IEnumerable<TKey> dirty, Func<TKey, TValue?, TValue?> compute)
    {
        var before = _current;
        // Sized up front: a first build's sets hold every key, and growing them was a tenth of a restart's time.
        var distinct = new HashSet<TKey>(dirty.TryGetNonEnumeratedCount(out var given) ? given : 0, before.Comparer);
        var keys = dirty.Where(distinct.Add).ToArray();
        var values = new TValue?[keys.Length];
        if (keys.Length >= ParallelFrom)
        {
            Parallel.For(0, keys.Length, Parallelism.Options(), i => values[i] = compute(keys[i], before.GetValueOrDefault(keys[i])));
        }
        else
        {
            for (var i = 0; i < keys.Length; i++)
            {
                values[i] = compute(keys[i], before.GetValueOrDefault(keys[i]));
            }
        }

        var changed = new HashSet<TKey>(keys.Length, before.Comparer);
        var differs = new bool[keys.Length];
        var added = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            var last = before.GetValueOrDefault(keys[i]);
            if (!ReferenceEquals(last, values[i]))
            {
                differs[i] = changed.Add(keys[i]);
                added += last is null ? 1 : 0;
            }
        }

        Computed = keys.Length;
        if (changed.Count == 0)
        {
            // Nothing changed (an edit most stages pass through): the last map serves again, uncopied.
            return changed;
        }

        // A first build fills a map made to its size; a later one copies the last map once, grown once for what it adds.
        var results = before.Count == 0 ? new Dictionary<TKey, TValue>(added, before.Comparer) : new Dictionary<TKey, TValue>(before, before.Comparer);
        results.EnsureCapacity(before.Count + added);
        for (var i = 0; i < keys.Length; i++)
        {
            if (!differs[i])
            {
                continue;
            }

            if (values[i] is { } now)
            {
                results[keys[i]] = now;
            }
            else
            {
                results.Remove(keys[i]);
            }
        }

        _current = results;
        return changed;
    }
}
