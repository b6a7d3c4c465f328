using System.Diagnostics.CodeAnalysis;
using YamlDotNet.RepresentationModel;

namespace MuscleSpasmInfo.Content.FrontMatter;

/// <summary>Reads one value from its YAML node; false (with any problem reported) when there is no usable value.</summary>
internal delegate bool ReadValue<T>(FieldReader reader, YamlNode node, string field, [MaybeNullWhen(false)] out T value);

/// <summary>A kind of front-matter value: how the README names it and how it is read from YAML.</summary>
public sealed class FieldType<T>
{
    internal FieldType(string name, ReadValue<T> read)
    {
        Name = name;
        Read = read;
    }

    /// <summary>The kind as editors read it in the README's field table, such as "date" or "list of text".</summary>
    public string Name { get; }

    internal ReadValue<T> Read { get; }
}
