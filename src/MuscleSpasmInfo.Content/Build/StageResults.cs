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
    public IReadOnlySet<TKey> Update(IEnumerable<TKey> dirty, Func<TKey, TValue?, TValue?> compute)
    {
        var results = Current.ToBuilder();
        var changed = new HashSet<TKey>(Current.KeyComparer);
        Computed = 0;
        foreach (var key in dirty)
        {
            if (changed.Contains(key))
            {
                continue;
            }

            var before = results.GetValueOrDefault(key);
            var now = compute(key, before);
            Computed++;
            if (ReferenceEquals(before, now))
            {
                continue;
            }

            changed.Add(key);
            if (now is null)
            {
                results.Remove(key);
            }
            else
            {
                results[key] = now;
            }
        }

        Current = results.ToImmutable();
        return changed;
    }
}
