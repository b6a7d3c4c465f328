namespace MuscleSpasmInfo.Content.Build;

/// <summary>
/// The results of one build stage, by key, with the inputs each was computed from. A build asks for every key it needs;
/// a key whose declared inputs equal last build's gets last build's result back, anything else is computed. What a build
/// did not ask for is forgotten when it completes, so the memo never holds more than one build's worth.
/// </summary>
/// <remarks>
/// Inputs are compared with their own equality: records of references to the previous stage's results, so comparing is
/// as cheap as the stage before was at reusing. This is the whole of incremental building: a cold start is the same
/// build with an empty memo.
/// </remarks>
internal sealed class Memo<TKey, TInputs, TValue>
    where TKey : notnull
{
    private Dictionary<TKey, (TInputs Inputs, TValue Value)> _previous;
    private Dictionary<TKey, (TInputs Inputs, TValue Value)> _current;

    public Memo(IEqualityComparer<TKey>? comparer = null)
    {
        _previous = new(comparer);
        _current = new(comparer);
    }

    /// <summary>How many values this build computed rather than reused.</summary>
    public int Computed { get; private set; }

    /// <summary>How many values this build asked for.</summary>
    public int Used => _current.Count;

    /// <summary>Last build's value of <paramref name="key"/> when its inputs were these; keeps it for this build.</summary>
    public bool TryReuse(TKey key, TInputs inputs, out TValue value)
    {
        if (_previous.TryGetValue(key, out var entry) && EqualityComparer<TInputs>.Default.Equals(entry.Inputs, inputs))
        {
            _current[key] = entry;
            value = entry.Value;
            return true;
        }

        value = default!;
        return false;
    }

    /// <summary>Last build's value of <paramref name="key"/>, whatever its inputs were, for a stage that can tell for itself.</summary>
    public bool TryGetPrevious(TKey key, out TValue value)
    {
        var found = _previous.TryGetValue(key, out var entry);
        value = entry.Value;
        return found;
    }

    /// <summary>Records a value computed by this build.</summary>
    public void Put(TKey key, TInputs inputs, TValue value)
    {
        _current[key] = (inputs, value);
        Computed++;
    }

    /// <summary>The value of <paramref name="key"/> for <paramref name="inputs"/>: reused, or computed now.</summary>
    public TValue Get(TKey key, TInputs inputs, Func<TInputs, TValue> compute)
    {
        if (TryReuse(key, inputs, out var value))
        {
            return value;
        }

        value = compute(inputs);
        Put(key, inputs, value);
        return value;
    }

    /// <summary>Ends a build: what it used becomes what the next build can reuse.</summary>
    public void Complete()
    {
        _previous = _current;
        _current = new(_previous.Count, _previous.Comparer);
        Computed = 0;
    }

    /// <summary>Ends a build that failed: the next one starts from what the last complete build left.</summary>
    public void Abandon()
    {
        _current.Clear();
        Computed = 0;
    }
}
