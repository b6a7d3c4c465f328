using MuscleSpasmInfo.Content.Checks;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MuscleSpasmInfo.Content.Categories;

/// <summary>Reads <c>categories.yml</c>: a list of slug, name and description.</summary>
public static class CategoriesFile
{
    /// <summary>The file's name in the content folder.</summary>
    public const string FileName = "categories.yml";

    /// <summary>The name of the file of one language's category names: <c>categories.es.yml</c>.</summary>
    public static string FileNameFor(Languages.SiteLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return language.IsDefault ? FileName : $"categories.{language.Code}.yml";
    }

    /// <summary>
    /// Parses the file's text; problems are added with their lines (in <paramref name="fileName"/>), and bad entries are
    /// left out. The categories are in <paramref name="language"/> (null: the default language).
    /// </summary>
    public static IReadOnlyList<Category> Parse(string yaml, List<ContentProblem> problems, string fileName = FileName, Languages.SiteLanguage? language = null)
    {
        ArgumentNullException.ThrowIfNull(problems);

        var categories = new List<Category>();
        YamlNode? root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            root = stream.Documents.Count > 0 ? stream.Documents[0].RootNode : null;
        }
        catch (YamlException ex)
        {
            problems.Add(ContentChecks.CategoriesInvalid.At(fileName, (int)Math.Max(1, ex.Start.Line), (int)Math.Max(1, ex.Start.Column),
                $"YAML syntax error: {ex.InnerException?.Message ?? ex.Message}"));
            return categories;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet throws this, with no location, on some unclosed flow collections; it must not stop the load.
            var mark = FrontMatter.YamlSyntax.LastReadableMark(yaml);
            problems.Add(ContentChecks.CategoriesInvalid.At(fileName, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column),
                "YAML syntax error: unclosed bracket, brace or quote"));
            return categories;
        }

        if (root is not YamlSequenceNode list)
        {
            problems.Add(ContentChecks.CategoriesInvalid.At(fileName, 1, 1, $"{fileName} must be a list of categories (slug, name, description)"));
            return categories;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in list)
        {
            var line = (int)item.Start.Line;
            var column = (int)item.Start.Column;
            if (item is not YamlMappingNode map || Value(map, "slug") is not { } slug || Value(map, "name") is not { } name)
            {
                problems.Add(ContentChecks.CategoriesInvalid.At(fileName, line, column, "each category needs a slug and a name"));
                continue;
            }

            if (!Slugs.IsValid(slug))
            {
                problems.Add(ContentChecks.CategoriesInvalid.At(fileName, line, column, $"category slug '{slug}' must be lower-case letters, digits and hyphens"));
                continue;
            }

            if (!seen.Add(slug))
            {
                problems.Add(ContentChecks.CategoriesInvalid.At(fileName, line, column, $"category '{slug}' is listed twice"));
                continue;
            }

            categories.Add(new Category(slug, name, Value(map, "description") ?? string.Empty, language));
        }

        return categories;
    }

    private static string? Value(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode { Value: { Length: > 0 } value }
            ? value.Trim()
            : null;
}
