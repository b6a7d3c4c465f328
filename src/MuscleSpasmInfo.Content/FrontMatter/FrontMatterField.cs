using YamlDotNet.RepresentationModel;

namespace MuscleSpasmInfo.Content.FrontMatter;

/// <summary>One field of the front-matter schema: what editors write, what it must hold, what it feeds and what it is for.</summary>
public abstract class FrontMatterField
{
    private protected FrontMatterField(string name, string type, bool required, FieldUse usedBy, string description, IReadOnlyList<string> otherNames)
    {
        Name = name;
        Type = type;
        Required = required;
        UsedBy = usedBy;
        Description = description;
        OtherNames = otherNames;
    }

    /// <summary>The key as written in front matter, case and all.</summary>
    public string Name { get; }

    /// <summary>The kind of value, as the README names it (<see cref="FieldType{T}.Name"/>).</summary>
    public string Type { get; }

    /// <summary>True when a file without a usable value for this field is left out.</summary>
    public bool Required { get; }

    /// <summary>What the field feeds.</summary>
    public FieldUse UsedBy { get; }

    /// <summary>One line for editors saying what to write.</summary>
    public string Description { get; }

    /// <summary>Names other tools (Hugo, Jekyll) give this field; an unknown field so named is pointed here.</summary>
    public IReadOnlyList<string> OtherNames { get; }

    /// <summary>
    /// Reads the field's <paramref name="node"/> into <paramref name="meta"/>; null when there is no usable value (any
    /// problem already reported), so the record keeps its default.
    /// </summary>
    internal abstract ArticleFrontMatter? Read(FieldReader reader, YamlNode node, ArticleFrontMatter meta);
}

/// <summary>A field whose value is a <typeparamref name="T"/>, stored in the record by <c>set</c>.</summary>
internal sealed class FrontMatterField<T>(
    string name, FieldType<T> type, bool required, FieldUse usedBy, string description, IReadOnlyList<string> otherNames,
    Func<ArticleFrontMatter, T, ArticleFrontMatter> set)
    : FrontMatterField(name, type.Name, required, usedBy, description, otherNames)
{
    internal override ArticleFrontMatter? Read(FieldReader reader, YamlNode node, ArticleFrontMatter meta) =>
        type.Read(reader, node, Name, out var value) ? set(meta, value) : null;
}
