using MuscleSpasmInfo.Content.Checks;
using System.Text;
using Ganss.Xss;
using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace MuscleSpasmInfo.Content.Markdown;

/// <summary>
/// Renders article Markdown with one shared, immutable Markdig pipeline. Raw HTML and unsafe link schemes go
/// through HtmlSanitizer; documents without either skip it, since Markdig escapes everything else itself.
/// </summary>
public sealed class MarkdownRenderer
{
    private static readonly string[] SafeSchemes = ["http", "https", "mailto"];

    private static readonly string[] FormTags =
        ["form", "input", "button", "textarea", "select", "option", "optgroup", "datalist", "fieldset", "legend", "label", "output", "keygen"];

    private readonly MarkdownPipeline _pipeline;

    /// <summary>Builds the pipeline once; the instance is thread-safe and meant to be shared.</summary>
    public MarkdownRenderer()
    {
        var builder = new MarkdownPipelineBuilder()
            .UseYamlFrontMatter()
            .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
            .UsePipeTables()
            .UseCustomContainers()
            .UseEmphasisExtras();
        builder.Extensions.AddIfNotAlready<CalloutExtension>(); // after the custom containers, whose renderer it replaces
        _pipeline = builder.Build();
    }

    /// <summary>
    /// Parses and renders one file's text. <paramref name="path"/> is only used to locate problems; callout headings are
    /// written in <paramref name="culture"/>'s language (default: English).
    /// </summary>
    public RenderedMarkdown Render(string markdown, string path, string? culture = null)
    {
        try
        {
            return RenderChecked(markdown, path, culture);
        }
        catch (ArgumentException ex)
        {
            // Markdig guards its stack with a nesting limit and throws past it; content must give a problem, not an exception.
            return new RenderedMarkdown
            {
                Html = string.Empty,
                PlainText = string.Empty,
                WordCount = 0,
                Headings = [],
                Links = [],
                SanitiserFindings = [ContentChecks.TooDeep.At(path, 1, 1,
                    $"the Markdown cannot be rendered: {ex.Message} Look for a long run of '>', '-', '[', ':' or '*', or deep indentation.")],
            };
        }
    }

    private RenderedMarkdown RenderChecked(string markdown, string path, string? culture)
    {
        var document = Markdig.Markdown.Parse(markdown, _pipeline);
        document.SetData(typeof(CalloutKind), CalloutKind.HeadingsIn(culture));

        string? yaml = null;
        var yamlLine = 0;
        if (document.Count > 0 && document[0] is YamlFrontMatterBlock frontMatter)
        {
            yaml = frontMatter.Lines.ToString();
            yamlLine = frontMatter.Line + 2; // Markdig lines are 0-based and the block starts at its '---'.
            document.Remove(frontMatter);
        }

        var walk = new DocumentWalk(path);
        walk.Block(document);
        var headings = walk.Headings;
        var rawHtml = walk.RawHtml;
        var unknownCallouts = walk.Findings;
        var needsSanitising = walk.NeedsSanitising;
        var links = walk.Links;

        var html = ToHtml(document);
        var findings = unknownCallouts;
        if (needsSanitising)
        {
            html = Sanitise(html, out _);
            foreach (var (line, column, fragment) in rawHtml)
            {
                Sanitise(fragment, out var removed);
                if (removed.Count > 0)
                {
                    findings.Add(ContentChecks.RawHtml.At(path, line, column,
                        $"raw HTML is not shown as written: the sanitiser removes {string.Join(", ", removed.Distinct())}"));
                }
            }
        }

        var text = walk.Text.ToString();
        return new RenderedMarkdown
        {
            FrontMatterYaml = yaml,
            FrontMatterFirstLine = yamlLine,
            Html = html,
            PlainText = text,
            WordCount = CountWords(text),
            ReadingGrade = Checks.ReadingGrade.Of(text),
            Headings = headings,
            Links = links,
            SanitiserFindings = findings,
        };
    }

    private string ToHtml(MarkdownDocument document) => document.ToHtml(_pipeline);

    /// <summary>True for relative URLs and the http, https and mailto schemes.</summary>
    internal static bool IsSafeUrl(string url)
    {
        var trimmed = url.Trim();
        var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
        var slash = trimmed.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (slash >= 0 && slash < colon))
        {
            return true; // relative URL: no scheme to abuse
        }

        var scheme = trimmed[..colon];
        return SafeSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase);
    }

    private static string Sanitise(string html, out List<string> removed)
    {
        var sanitizer = CreateSanitizer();
        var found = new List<string>();
        sanitizer.RemovingTag += (_, e) => found.Add($"<{e.Tag.LocalName}>");
        sanitizer.RemovingAttribute += (_, e) => found.Add($"attribute '{e.Attribute.Name}'");
        sanitizer.RemovingStyle += (_, e) => found.Add("inline style");
        sanitizer.RemovingComment += (_, _) => found.Add("comment");
        var result = sanitizer.Sanitize(html);
        removed = found;
        return result;
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        foreach (var scheme in SafeSchemes)
        {
            sanitizer.AllowedSchemes.Add(scheme);
        }

        // Styles would break the Content-Security-Policy and allow visual spoofing; ids and roles are kept for anchors and callouts.
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedTags.Remove("style");
        sanitizer.AllowedAtRules.Clear();

        // HtmlSanitizer allows forms by default; in an article a form can only be a phishing box that posts elsewhere.
        foreach (var tag in FormTags)
        {
            sanitizer.AllowedTags.Remove(tag);
        }

        sanitizer.AllowedAttributes.Remove("action");
        sanitizer.AllowedAttributes.Remove("formaction");
        sanitizer.AllowedAttributes.Add("id");
        sanitizer.AllowedAttributes.Add("role");
        sanitizer.AllowedAttributes.Add("class");
        sanitizer.AllowedAttributes.Add("aria-label");
        sanitizer.AllowDataAttributes = false;
        return sanitizer;
    }

    private static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isWordChar = char.IsLetterOrDigit(c) || c is '\'' or '-';
            if (isWordChar && !inWord)
            {
                count++;
            }

            inWord = isWordChar;
        }

        return count;
    }
}
