using System.Text.Json;
using System.Text.Json.Serialization;

namespace MuscleSpasmInfo.Benchmarks.Quality;

/// <summary>What MedlinePlus's editors chose for one topic of the real corpus (its README describes the file).</summary>
/// <param name="Related">The topic's curated "Related Health Topics", as slugs of the corpus.</param>
/// <param name="AlsoCalled">The topic's other names.</param>
/// <param name="Mesh">Its MeSH headings: queries in a reader's vocabulary that the page mostly does not use.</param>
/// <param name="Title">Its title.</param>
public sealed record GroundTruthTopic(
    [property: JsonPropertyName("related")] IReadOnlyList<string> Related,
    [property: JsonPropertyName("alsoCalled")] IReadOnlyList<string> AlsoCalled,
    [property: JsonPropertyName("mesh")] IReadOnlyList<string> Mesh,
    [property: JsonPropertyName("title")] string Title);

/// <summary>Reads <c>ground_truth.dev.json</c>: slug to <see cref="GroundTruthTopic"/>.</summary>
public static class GroundTruth
{
    /// <summary>The labelled topics in slug order, so a slice of the first N is the same slice every run.</summary>
    public static IReadOnlyList<(string Slug, GroundTruthTopic Topic)> Read(string path)
    {
        using var stream = File.OpenRead(path);
        var topics = JsonSerializer.Deserialize<Dictionary<string, GroundTruthTopic>>(stream)
            ?? throw new InvalidDataException($"{path}: not a JSON object of topics");
        return [.. topics.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => (t.Key, t.Value))];
    }
}
