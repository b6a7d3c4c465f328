using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace MuscleSpasmInfo.Content.Markdown;

/// <summary>A heading in an article body, with the anchor id links can point at.</summary>
public sealed record Heading(int Level, string Text, string Id, int Line);

/// <summary>A link or image written in an article body, kept so the check can verify its target.</summary>
public sealed record LinkReference(string Url, int Line, int Column, bool IsImage);

/// <summary>The result of rendering one Markdown file: its front matter text, safe HTML and what the body holds.</summary>
public sealed record RenderedMarkdown
{
    /// <summary>The YAML inside the front-matter block, or null when the file has none.</summary>
    public string? FrontMatterYaml { get; init; }

    /// <summary>1-based line in the file of the first YAML line.</summary>
    public int FrontMatterFirstLine { get; init; }

    private readonly ReadOnlyMemory<byte> _html;
    private IReadOnlyList<string>? _linkedArticles;
    private readonly ReadOnlyMemory<byte> _plainText;

    /// <summary>A rendering whose members are set by the initializer.</summary>
    public RenderedMarkdown()
    {
    }

    /// <summary>A rendering read back from the build cache, from its UTF-8 bytes as kept (no decoding and encoding again, and no copy: slices of the cache entry).</summary>
    [SetsRequiredMembers]
#pragma warning disable CS8618 // Html and PlainText are views of the two byte fields set here; the compiler cannot see through them.
    internal RenderedMarkdown(ReadOnlyMemory<byte> html, ReadOnlyMemory<byte> plainText, IReadOnlyList<Heading> headings, IReadOnlyList<LinkReference> links, IReadOnlyList<ContentProblem> findings)
    {
        _html = html;
        _plainText = plainText;
        Headings = headings;
        Links = links;
        SanitiserFindings = findings;
    }
#pragma warning restore CS8618

    /// <summary>The HTML as kept, UTF-8.</summary>
    internal ReadOnlySpan<byte> HtmlUtf8 => _html.Span;

    /// <summary>The plain text as kept, UTF-8.</summary>
    internal ReadOnlySpan<byte> PlainTextUtf8 => _plainText.Span;

    /// <summary>Body HTML, sanitised: safe to write to a page as it is.</summary>
    /// <remarks>Kept as UTF-8, half the memory of a string for this mostly-ASCII text: at 10,000 articles that is ~100 MB.</remarks>
    public required string Html { get => Encoding.UTF8.GetString(_html.Span); init => _html = Encoding.UTF8.GetBytes(value); }

    /// <summary>The body's words without markup, for search, related content and reading measures (kept as UTF-8 too).</summary>
    public required string PlainText { get => Encoding.UTF8.GetString(_plainText.Span); init => _plainText = Encoding.UTF8.GetBytes(value); }

    public required int WordCount { get; init; }

    /// <summary>The Flesch-Kincaid grade of the body, measured once with the rendering; null when it has no words.</summary>
    public double? ReadingGrade { get; init; }

    public required IReadOnlyList<Heading> Headings { get; init; }

    public required IReadOnlyList<LinkReference> Links { get; init; }

    /// <summary>The keys of the articles the body links to (<see cref="Routing.ContentRoutes.ArticleKeyOf"/>), worked out once per file version rather than on every reload.</summary>
    public IReadOnlyList<string> LinkedArticles =>
        _linkedArticles ??= [.. Links.Where(l => !l.IsImage).Select(l => Checks.InternalLink.Parse(l.Url)?.Key).OfType<string>().Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// Raw HTML that the sanitiser changed or removed and unknown callouts, for the check to warn about; or, as an error,
    /// Markdown nested too deeply to render at all.
    /// </summary>
    public required IReadOnlyList<ContentProblem> SanitiserFindings { get; init; }
}
