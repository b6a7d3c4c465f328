namespace MuscleSpasmInfo.Content.Build;

/// <summary>
/// One build stage's results by key, kept from one build to the next as a map that is never changed once a build has
/// made it (each build makes the next from it, <see cref="LayeredMap{TKey, TValue}"/>, sharing what did not change), so
/// a snapshot can hold them while the next build makes its own. A build recomputes only the keys whose inputs it knows
/// have changed (each stage says which, from what it declares it reads) and learns which results changed, which is what
/// the stages after it read. A cold start is the same build with no results yet and every key changed.
/// </summary>
internal sealed class StageResults<TKey, TValue>
    where TKey : notnull
    where TValue : class
{
    // Below this many keys (an edit) the work is too small to be worth handing to other threads.
    private const int ParallelFrom = 256;

    private LayeredMap<TKey, TValue> _current;

    public StageResults(IEqualityComparer<TKey> comparer) => _current = LayeredMap<TKey, TValue>.Empty(comparer);

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
        var changes = new List<KeyValuePair<TKey, TValue?>>();
        for (var i = 0; i < keys.Length; i++)
        {
            if (!ReferenceEquals(before.GetValueOrDefault(keys[i]), values[i]))
            {
                changed.Add(keys[i]);
                changes.Add(new(keys[i], values[i]));
            }
        }

        Computed = keys.Length;
        // When nothing changed (an edit most stages pass through), the last map serves again.
        if (changes.Count > 0)
        {
            _current = before.With(changes);
        }

        return changed;
    }
}
