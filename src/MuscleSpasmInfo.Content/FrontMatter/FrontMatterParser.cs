using MuscleSpasmInfo.Content.Checks;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MuscleSpasmInfo.Content.FrontMatter;

/// <summary>
/// Turns the YAML of a front-matter block into <see cref="ArticleFrontMatter"/> by the fields of
/// <see cref="FrontMatterSchema"/>, reporting every problem with the line it is on. The YAML is read as a node tree rather
/// than deserialised straight into a class so that a wrong type or an unknown key can be pointed at exactly.
/// </summary>
public static class FrontMatterParser
{
    /// <summary>
    /// Parses <paramref name="yaml"/>, whose first line is line <paramref name="firstLine"/> of the file; timestamps are
    /// taken as dates in <paramref name="timeZone"/> (default UTC).
    /// </summary>
    public static ArticleFrontMatter? Parse(string yaml, string path, int firstLine, List<ContentProblem> problems, TimeZoneInfo? timeZone = null)
    {
        var reader = new FieldReader(path, firstLine, problems, timeZone ?? TimeZoneInfo.Utc);
        YamlMappingNode root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode map)
            {
                problems.Add(ContentChecks.YamlSyntax.At(path, firstLine, 1, "front matter must be a YAML mapping of field: value"));
                return null;
            }

            root = map;
        }
        catch (YamlException ex)
        {
            var line = firstLine + (int)Math.Max(0, ex.Start.Line - 1);
            var column = (int)Math.Max(1, ex.Start.Column);
            problems.Add(ContentChecks.YamlSyntax.At(path, line, column, $"YAML syntax error: {InnermostMessage(ex)}"));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this, with no location, on some unclosed flow collections ("[a, b" then more
            // lines); the last event it could read is the best pointer we have, and an exception must not stop the load.
            var mark = YamlSyntax.LastReadableMark(yaml);
            problems.Add(ContentChecks.YamlSyntax.At(path, firstLine + (int)Math.Max(0, mark.Line - 1), (int)Math.Max(1, mark.Column),
                "YAML syntax error: unclosed bracket, brace or quote"));
            return null;
        }

        return Read(root, reader);
    }

    private static ArticleFrontMatter? Read(YamlMappingNode root, FieldReader reader)
    {
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var meta = new ArticleFrontMatter { Title = string.Empty, FieldLines = lines };
        var complete = true;
        foreach (var (keyNode, value) in root.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            if (FrontMatterSchema.Find(key) is not { } field)
            {
                var hint = FrontMatterSchema.Suggest(key);
                reader.Report(keyNode, ContentChecks.UnknownField,
                    hint is null ? $"unknown field '{key}' (a typo?)" : $"unknown field '{key}'; did you mean '{hint.Name}'?");
                continue;
            }

            lines[key] = reader.LineOf(keyNode);
            if (field.Read(reader, value, meta) is { } read)
            {
                meta = read;
            }
            else if (field.Required)
            {
                complete = false;
                if (value is YamlScalarNode)
                {
                    reader.Report(keyNode, ContentChecks.MissingRequired, $"field '{key}' must not be empty");
                }
            }
        }

        foreach (var missing in FrontMatterSchema.Fields.Where(f => f.Required && !lines.ContainsKey(f.Name)))
        {
            reader.ReportMissing($"missing required field '{missing.Name}'");
            complete = false;
        }

        return complete ? meta : null;
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
}
