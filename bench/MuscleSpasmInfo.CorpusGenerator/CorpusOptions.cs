namespace MuscleSpasmInfo.CorpusGenerator;

/// <summary>What to generate and where.</summary>
/// <param name="Count">How many articles.</param>
/// <param name="OutputDirectory">The folder that receives content/ (and hugo/ with <paramref name="Hugo"/>).</param>
/// <param name="Seed">The seed of every random choice: the same options give byte-identical output.</param>
/// <param name="Hugo">Also write a minimal Hugo site over the same articles, for comparisons.</param>
internal sealed record CorpusOptions(int Count, string OutputDirectory, int Seed = CorpusOptions.DefaultSeed, bool Hugo = false)
{
    /// <summary>The seed used when none is given.</summary>
    public const int DefaultSeed = 42;
}

/// <summary>What a generation wrote.</summary>
/// <param name="Articles">Articles written.</param>
/// <param name="Words">Body words written, over all articles.</param>
/// <param name="Bytes">Bytes of Markdown written to content/ (the Hugo copy not counted).</param>
/// <param name="ContentDirectory">The content folder, ready for <c>ContentOptions.Path</c>.</param>
internal sealed record CorpusSummary(int Articles, long Words, long Bytes, string ContentDirectory);
