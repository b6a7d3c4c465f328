using MuscleSpasmInfo.Content.Catalog;

namespace MuscleSpasmInfo.Content.Search.Semantic;

/// <summary>
/// Builds <see cref="NameVectors"/> for each snapshot, encoding only names it has not encoded before: it keeps every
/// vector of the last build by the text it encodes, so an edit that leaves an article's names alone costs nothing, and a
/// build that is stopped (a newer snapshot came) keeps the vectors it finished for the next one.
/// </summary>
public sealed class NameVectorsBuilder(SentenceEmbedder embedder)
{
    /// <summary>Names encoded in one call to the model: short texts batch well, and a batch is where a build can stop.</summary>
    public const int BatchSize = 32;

    private readonly Lock _gate = new();
    private Dictionary<string, float[]> _byText = new(StringComparer.Ordinal);

    /// <summary>How many texts the last build encoded (the rest it reused).</summary>
    public int Encoded { get; private set; }

    /// <summary>
    /// The texts whose meaning stands for an article: its title and each other name, apart, so that one name's meaning
    /// is not blurred by the others ("insomnia" is near "Sleep disturbances", less near all its names run together).
    /// </summary>
    public static IEnumerable<string> NamesOf(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return article.Meta.AlsoCalled.Prepend(article.Title).Distinct(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The vectors of <paramref name="articles"/>; throws <see cref="OperationCanceledException"/> when stopped, keeping
    /// what it encoded so far.
    /// </summary>
    public NameVectors Build(long version, IReadOnlyList<Article> articles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        lock (_gate)
        {
            var names = articles.SelectMany(a => NamesOf(a).Select(name => (a.Key, Name: name))).ToArray();
            var missing = names.Select(n => n.Name).Where(t => !_byText.ContainsKey(t)).Distinct(StringComparer.Ordinal).ToList();
            Encoded = 0;
            for (var start = 0; start < missing.Count; start += BatchSize)
            {
                var batch = missing.GetRange(start, Math.Min(BatchSize, missing.Count - start));
                var vectors = embedder.Embed(batch, cancellationToken);
                for (var i = 0; i < batch.Count; i++)
                {
                    _byText[batch[i]] = vectors[i];
                }

                Encoded += batch.Count;
            }

            // Only this snapshot's texts stay: a memo of every name ever written would only grow.
            _byText = names.Select(n => n.Name).Distinct(StringComparer.Ordinal).ToDictionary(t => t, t => _byText[t], StringComparer.Ordinal);
            return new NameVectors(version, [.. names.Select(n => n.Key)], [.. names.Select(n => _byText[n.Name])]);
        }
    }
}
