using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace MuscleSpasmInfo.Content.FrontMatter;

/// <summary>The kinds of value front matter holds; each field of <see cref="FrontMatterSchema"/> has one.</summary>
public static class FieldTypes
{
    /// <summary>One line of text, trimmed; blank is no value.</summary>
    public static readonly FieldType<string> Text = new("text", ReadText);

    /// <summary>A calendar date; see <see cref="FrontMatterDate"/> for the forms accepted.</summary>
    public static readonly FieldType<DateOnly> Date = new("date", ReadDate);

    /// <summary><c>true</c> or <c>false</c>.</summary>
    public static readonly FieldType<bool> Boolean = new("true or false", ReadBoolean);

    /// <summary>A whole number.</summary>
    public static readonly FieldType<int> WholeNumber = new("whole number", ReadWholeNumber);

    /// <summary>A list of text values; a single value is taken as a list of one.</summary>
    public static readonly FieldType<IReadOnlyList<string>> TextList = new("list of text", ReadTextList);

    /// <summary>A person: a plain name, or a mapping with a name and a credential.</summary>
    public static readonly FieldType<Person> Person = new("name, or {name, credential}", ReadPerson);

    /// <summary>A list of references, each a mapping with a title and optionally an http(s) url and an accessed date.</summary>
    public static readonly FieldType<IReadOnlyList<Source>> Sources = new("list of {title, url, accessed}", ReadSources);

    private static bool ReadText(FieldReader reader, YamlNode node, string field, out string value)
    {
        value = (node as YamlScalarNode)?.Value?.Trim() ?? string.Empty;
        if (node is not YamlScalarNode)
        {
            reader.WrongType(node, field, "text");
        }

        return value.Length > 0;
    }

    private static bool ReadDate(FieldReader reader, YamlNode node, string field, out DateOnly value)
    {
        value = default;
        if (node is YamlScalarNode { Value: null or "" })
        {
            return false;
        }

        if (node is YamlScalarNode { Value: { } text } && FrontMatterDate.TryParse(text, reader.TimeZone, out value))
        {
            return true;
        }

        var written = node is YamlScalarNode { Value: { } shown } ? $" (not '{(shown.Length > 40 ? shown[..40] + "..." : shown)}')" : string.Empty;
        reader.WrongType(node, field, FrontMatterDate.Expected + written);
        return false;
    }

    private static bool ReadBoolean(FieldReader reader, YamlNode node, string field, out bool value)
    {
        value = false;
        if (node is YamlScalarNode scalar && bool.TryParse(scalar.Value, out value))
        {
            return true;
        }

        reader.WrongType(node, field, "true or false");
        return false;
    }

    private static bool ReadWholeNumber(FieldReader reader, YamlNode node, string field, out int value)
    {
        value = 0;
        if (node is YamlScalarNode scalar && int.TryParse(scalar.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        reader.WrongType(node, field, "a whole number");
        return false;
    }

    private static bool ReadTextList(FieldReader reader, YamlNode node, string field, out IReadOnlyList<string> value)
    {
        // A single value where a list is expected is a common slip; accept it rather than fail the page.
        if (node is YamlScalarNode single)
        {
            value = string.IsNullOrWhiteSpace(single.Value) ? [] : [single.Value.Trim()];
            return true;
        }

        if (node is not YamlSequenceNode sequence)
        {
            reader.WrongType(node, field, "a list");
            value = [];
            return false;
        }

        var values = new List<string>();
        foreach (var item in sequence)
        {
            if (item is YamlScalarNode { Value: { } text } && !string.IsNullOrWhiteSpace(text))
            {
                values.Add(text.Trim());
            }
            else
            {
                reader.WrongType(item, field, "a list of text values");
            }
        }

        value = values;
        return true;
    }

    private static bool ReadPerson(FieldReader reader, YamlNode node, string field, [MaybeNullWhen(false)] out Person value)
    {
        if (node is YamlScalarNode { Value: { } name } && !string.IsNullOrWhiteSpace(name))
        {
            value = new Person(name.Trim(), null);
            return true;
        }

        if (node is YamlMappingNode map && Scalar(map, "name") is { } mapped && !string.IsNullOrWhiteSpace(mapped))
        {
            value = new Person(mapped.Trim(), Scalar(map, "credential")?.Trim());
            return true;
        }

        reader.WrongType(node, field, "a name, or a mapping with name and credential");
        value = null;
        return false;
    }

    private static bool ReadSources(FieldReader reader, YamlNode node, string field, out IReadOnlyList<Source> value)
    {
        value = [];
        if (node is not YamlSequenceNode sequence)
        {
            reader.WrongType(node, field, "a list of sources (title, url, accessed)");
            return false;
        }

        var sources = new List<Source>();
        foreach (var item in sequence)
        {
            if (item is not YamlMappingNode map || Scalar(map, "title") is not { Length: > 0 } title)
            {
                reader.WrongType(item, field, "a list of mappings, each with at least a title");
                continue;
            }

            var url = Scalar(map, "url");
            if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
            {
                reader.WrongType(item, field, "a list whose url values are http or https addresses");
                url = null;
            }

            DateOnly? accessed = map.Children.TryGetValue(new YamlScalarNode("accessed"), out var accessedNode) &&
                ReadDate(reader, accessedNode, $"{field}.accessed", out var date) ? date : null;
            sources.Add(new Source(title.Trim(), url, accessed));
        }

        value = sources;
        return true;
    }

    private static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? (value as YamlScalarNode)?.Value : null;
}
