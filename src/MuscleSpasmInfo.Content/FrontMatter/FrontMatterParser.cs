using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MuscleSpasmInfo.Content.FrontMatter;

/// <summary>
/// Turns the YAML of a front-matter block into <see cref="ArticleFrontMatter"/>, reporting every problem with
/// the line it is on. The YAML is read as a node tree rather than deserialised straight into a class so that
/// a wrong type or an unknown key can be pointed at exactly.
/// </summary>
public static class FrontMatterParser
{
    /// <summary>The field names an article may use; anything else is probably a typo.</summary>
    public static readonly IReadOnlySet<string> KnownFields = new HashSet<string>(StringComparer.Ordinal)
    {
        "title", "slug", "summary", "date", "updated", "category", "tags", "related", "alsoCalled", "aliases",
        "sources", "author", "reviewedBy", "lastReviewed", "nextReview", "draft", "guide", "order",
    };

    /// <summary>Parses <paramref name="yaml"/>, whose first line is line <paramref name="firstLine"/> of the file.</summary>
    public static ArticleFrontMatter? Parse(string yaml, string path, int firstLine, List<ContentProblem> problems)
    {
        var reader = new FieldReader(path, firstLine, problems);
        YamlMappingNode root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode map)
            {
                problems.Add(new(path, firstLine, 1, ProblemSeverity.Error, "front matter must be a YAML mapping of field: value"));
                return null;
            }

            root = map;
        }
        catch (YamlException ex)
        {
            var line = firstLine + (int)Math.Max(0, ex.Start.Line - 1);
            var column = (int)Math.Max(1, ex.Start.Column);
            problems.Add(new(path, line, column, ProblemSeverity.Error, $"YAML syntax error: {InnermostMessage(ex)}"));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this, with no location, on some unclosed flow collections ("[a, b" then more
            // lines); the last event it could read is the best pointer we have, and an exception must not stop the load.
            var mark = YamlSyntax.LastReadableMark(yaml);
            problems.Add(new(path, firstLine + (int)Math.Max(0, mark.Line - 1), (int)Math.Max(1, mark.Column), ProblemSeverity.Error,
                "YAML syntax error: unclosed bracket, brace or quote"));
            return null;
        }

        return reader.Read(root);
    }

    private static string InnermostMessage(Exception ex)
    {
        while (ex.InnerException is not null)
        {
            ex = ex.InnerException;
        }

        var message = ex.Message;
        // YamlDotNet prefixes "(Line: 2, Col: 1, Idx: 5) - (Line: ...): "; our own location says that better.
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 ? message[(cut + 3)..] : message;
    }

    private sealed class FieldReader(string path, int firstLine, List<ContentProblem> problems)
    {
        private readonly Dictionary<string, int> _lines = new(StringComparer.Ordinal);

        public ArticleFrontMatter? Read(YamlMappingNode root)
        {
            var fields = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
            foreach (var (keyNode, value) in root.Children)
            {
                var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
                var line = LineOf(keyNode);
                if (!KnownFields.Contains(key))
                {
                    var hint = KnownFields.FirstOrDefault(k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase));
                    problems.Add(new(path, line, ColumnOf(keyNode), ProblemSeverity.Warning,
                        hint is null ? $"unknown field '{key}' (a typo?)" : $"unknown field '{key}'; did you mean '{hint}'?"));
                    continue;
                }

                fields[key] = value;
                _lines[key] = line;
            }

            var title = String(fields, "title");
            if (string.IsNullOrWhiteSpace(title))
            {
                if (!fields.TryGetValue("title", out var titleNode))
                {
                    problems.Add(new(path, firstLine, 1, ProblemSeverity.Error, "missing required field 'title'"));
                }
                else if (titleNode is YamlScalarNode)
                {
                    problems.Add(new(path, _lines["title"], 1, ProblemSeverity.Error, "field 'title' must not be empty"));
                }

                return null;
            }

            return new ArticleFrontMatter
            {
                Title = title.Trim(),
                Slug = String(fields, "slug"),
                Summary = String(fields, "summary"),
                Date = Date(fields, "date"),
                Updated = Date(fields, "updated"),
                Category = String(fields, "category"),
                Tags = StringList(fields, "tags"),
                Related = StringList(fields, "related"),
                AlsoCalled = StringList(fields, "alsoCalled"),
                Aliases = StringList(fields, "aliases"),
                Sources = Sources(fields),
                Author = String(fields, "author"),
                ReviewedBy = Reviewer(fields),
                LastReviewed = Date(fields, "lastReviewed"),
                NextReview = Date(fields, "nextReview"),
                Draft = Bool(fields, "draft"),
                Guide = String(fields, "guide"),
                Order = Int(fields, "order"),
                FieldLines = _lines,
            };
        }

        private int LineOf(YamlNode node) => firstLine + (int)Math.Max(0, node.Start.Line - 1);

        private static int ColumnOf(YamlNode node) => (int)Math.Max(1, node.Start.Column);

        private void WrongType(YamlNode node, string field, string expected) =>
            problems.Add(new(path, LineOf(node), ColumnOf(node), ProblemSeverity.Error, $"field '{field}' must be {expected}"));

        private string? String(Dictionary<string, YamlNode> fields, string name)
        {
            if (!fields.TryGetValue(name, out var node))
            {
                return null;
            }

            if (node is YamlScalarNode scalar)
            {
                return string.IsNullOrWhiteSpace(scalar.Value) ? null : scalar.Value.Trim();
            }

            WrongType(node, name, "text");
            return null;
        }

        private DateOnly? Date(Dictionary<string, YamlNode> fields, string name) => Date(fields.GetValueOrDefault(name), name);

        private DateOnly? Date(YamlNode? node, string name)
        {
            if (node is null || node is YamlScalarNode { Value: null or "" })
            {
                return null;
            }

            if (node is YamlScalarNode scalar &&
                DateOnly.TryParseExact(scalar.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            WrongType(node, name, "a date written yyyy-mm-dd");
            return null;
        }

        private bool Bool(Dictionary<string, YamlNode> fields, string name)
        {
            if (!fields.TryGetValue(name, out var node))
            {
                return false;
            }

            if (node is YamlScalarNode scalar && bool.TryParse(scalar.Value, out var value))
            {
                return value;
            }

            WrongType(node, name, "true or false");
            return false;
        }

        private int? Int(Dictionary<string, YamlNode> fields, string name)
        {
            if (!fields.TryGetValue(name, out var node))
            {
                return null;
            }

            if (node is YamlScalarNode scalar && int.TryParse(scalar.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            WrongType(node, name, "a whole number");
            return null;
        }

        private List<string> StringList(Dictionary<string, YamlNode> fields, string name)
        {
            if (!fields.TryGetValue(name, out var node))
            {
                return [];
            }

            // A single value where a list is expected is a common slip; accept it rather than fail the page.
            if (node is YamlScalarNode single)
            {
                return string.IsNullOrWhiteSpace(single.Value) ? [] : [single.Value.Trim()];
            }

            if (node is not YamlSequenceNode sequence)
            {
                WrongType(node, name, "a list");
                return [];
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
                    WrongType(item, name, "a list of text values");
                }
            }

            return values;
        }

        private Person? Reviewer(Dictionary<string, YamlNode> fields)
        {
            if (!fields.TryGetValue("reviewedBy", out var node))
            {
                return null;
            }

            if (node is YamlScalarNode { Value: { } name } && !string.IsNullOrWhiteSpace(name))
            {
                return new Person(name.Trim(), null);
            }

            if (node is YamlMappingNode map && Scalar(map, "name") is { } reviewer && !string.IsNullOrWhiteSpace(reviewer))
            {
                return new Person(reviewer.Trim(), Scalar(map, "credential")?.Trim());
            }

            WrongType(node, "reviewedBy", "a name, or a mapping with name and credential");
            return null;
        }

        private List<Source> Sources(Dictionary<string, YamlNode> fields)
        {
            if (!fields.TryGetValue("sources", out var node))
            {
                return [];
            }

            if (node is not YamlSequenceNode sequence)
            {
                WrongType(node, "sources", "a list of sources (title, url, accessed)");
                return [];
            }

            var sources = new List<Source>();
            foreach (var item in sequence)
            {
                if (item is not YamlMappingNode map || Scalar(map, "title") is not { Length: > 0 } title)
                {
                    WrongType(item, "sources", "a list of mappings, each with at least a title");
                    continue;
                }

                var url = Scalar(map, "url");
                if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
                {
                    WrongType(item, "sources", "a list whose url values are http or https addresses");
                    url = null;
                }

                map.Children.TryGetValue(new YamlScalarNode("accessed"), out var accessed);
                sources.Add(new Source(title.Trim(), url, Date(accessed, "sources.accessed")));
            }

            return sources;
        }

        private static string? Scalar(YamlMappingNode map, string key) =>
            map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? (value as YamlScalarNode)?.Value : null;
    }
}
