using MuscleSpasmInfo.Content.Catalog;

namespace MuscleSpasmInfo.Content.Search.Semantic;

/// <summary>
/// Builds <see cref="NameVectors"/> for each snapshot, encoding only names it has not encoded before: it keeps every
/// vector of the last build by the text it encodes, so an edit that leaves an article's names alone costs nothing, and a
/// build that is stopped (a newer snapshot came) keeps the vectors it finished for the next one.
/// </summary>
public sealed class NameVectorsBuilder(SentenceEmbedder embedder)
{
    private readonly Lock _gate = new();
    private Dictionary<string, float[]> _byText = new(StringComparer.Ordinal);

    /// <summary>How many texts the last build encoded (the rest it reused).</summary>
    public int Encoded { get; private set; }

    /// <summary>The text whose meaning stands for an article in name search: its title and its other names.</summary>
    public static string NamesOf(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return string.Join(". ", article.Meta.AlsoCalled.Prepend(article.Title));
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
            var texts = articles.Select(NamesOf).ToArray();
            var missing = texts.Where(t => !_byText.ContainsKey(t)).Distinct(StringComparer.Ordinal).ToList();
            Encoded = 0;
            for (var start = 0; start < missing.Count; start += SentenceEmbedder.BatchSize)
            {
                var batch = missing.GetRange(start, Math.Min(SentenceEmbedder.BatchSize, missing.Count - start));
                var vectors = embedder.Embed(batch, cancellationToken);
                for (var i = 0; i < batch.Count; i++)
                {
                    _byText[batch[i]] = vectors[i];
                }

                Encoded += batch.Count;
            }

            // Only this snapshot's texts stay: a memo of every name ever written would only grow.
            _byText = texts.Distinct(StringComparer.Ordinal).ToDictionary(t => t, t => _byText[t], StringComparer.Ordinal);
            return new NameVectors(version, [.. articles.Select(a => a.Key)], [.. texts.Select(t => _byText[t])]);
        }
    }
}
