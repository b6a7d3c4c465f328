namespace MuscleSpasmInfo.Content.Search.Semantic;

/// <summary>
/// The meaning of each article's names (its title and each other name) as vectors, for one language's articles: frozen
/// once built, so searches read it while the next one is built. An article is as close to a query as its closest name.
/// </summary>
public sealed class NameVectors
{
    private readonly string[] _keys;
    private readonly float[][] _vectors;

    internal NameVectors(long version, string[] keys, float[][] vectors)
    {
        Version = version;
        _keys = keys;
        _vectors = vectors;
    }

    /// <summary>The snapshot whose articles these are.</summary>
    public long Version { get; }

    /// <summary>How many names have a vector.</summary>
    public int Count => _keys.Length;

    /// <summary>
    /// The keys of the <paramref name="count"/> articles whose names are closest in meaning to <paramref name="query"/>,
    /// closest first, leaving out any less similar than <paramref name="threshold"/> (cosine, -1 to 1).
    /// </summary>
    public IReadOnlyList<(string Key, float Similarity)> Nearest(float[] query, int count, float threshold)
    {
        ArgumentNullException.ThrowIfNull(query);
        var closest = new Dictionary<string, float>(StringComparer.Ordinal);
        for (var i = 0; i < _vectors.Length; i++)
        {
            var similarity = Dot(query, _vectors[i]);
            if (similarity >= threshold && similarity > closest.GetValueOrDefault(_keys[i], float.MinValue))
            {
                closest[_keys[i]] = similarity;
            }
        }

        return [.. closest.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(count).Select(p => (p.Key, p.Value))];
    }

    // Both are unit vectors, so their dot product is their cosine. SIMD: a search scans every article's vector.
    private static float Dot(float[] a, float[] b)
    {
        var sum = System.Numerics.Vector<float>.Zero;
        var width = System.Numerics.Vector<float>.Count;
        var i = 0;
        for (; i <= a.Length - width; i += width)
        {
            sum += new System.Numerics.Vector<float>(a, i) * new System.Numerics.Vector<float>(b, i);
        }

        var dot = System.Numerics.Vector.Sum(sum);
        for (; i < a.Length; i++)
        {
            dot += a[i] * b[i];
        }

        return dot;
    }
}
