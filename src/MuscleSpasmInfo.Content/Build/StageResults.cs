using System.Collections.Immutable;

namespace MuscleSpasmInfo.Content.Build;

/// <summary>
/// One build stage's results by key, kept from one build to the next as an immutable map, so a snapshot can hold them
/// while the next build makes its own. A build recomputes only the keys whose inputs it knows have changed (each stage
/// says which, from what it declares it reads) and learns which results changed, which is what the stages after it
/// read. A cold start is the same build with no results yet and every key changed.
/// </summary>
internal sealed class StageResults<TKey, TValue>
    where TKey : notnull
    where TValue : class
{
    // Below this many keys (an edit) the work is too small to be worth handing to other threads.
    private const int ParallelFrom = 256;

    public StageResults(IEqualityComparer<TKey> comparer) => Current = ImmutableDictionary.Create<TKey, TValue>(comparer);

    /// <summary>Every key's result after the last build.</summary>
    public ImmutableDictionary<TKey, TValue> Current { get; private set; }

    /// <summary>How many results the last build computed.</summary>
    public int Computed { get; private set; }

    /// <summary>The result of <paramref name="key"/>, or null.</summary>
    public TValue? this[TKey key] => Current.GetValueOrDefault(key);

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
        var keys = dirty.Distinct(Current.KeyComparer).ToArray();
        var before = Current;
        var values = new TValue?[keys.Length];
        if (keys.Length >= ParallelFrom)
        {
            Parallel.For(0, keys.Length, i => values[i] = compute(keys[i], before.GetValueOrDefault(keys[i])));
        }
        else
        {
            for (var i = 0; i < keys.Length; i++)
            {
                values[i] = compute(keys[i], before.GetValueOrDefault(keys[i]));
            }
        }

        var results = before.ToBuilder();
        var changed = new HashSet<TKey>(Current.KeyComparer);
        for (var i = 0; i < keys.Length; i++)
        {
            if (ReferenceEquals(before.GetValueOrDefault(keys[i]), values[i]))
            {
                continue;
            }

            changed.Add(keys[i]);
            if (values[i] is { } now)
            {
                results[keys[i]] = now;
            }
            else
            {
                results.Remove(keys[i]);
            }
        }

        Computed = keys.Length;
        Current = results.ToImmutable();
        return changed;
    }
}
