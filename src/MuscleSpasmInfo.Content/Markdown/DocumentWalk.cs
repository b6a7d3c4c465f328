using MuscleSpasmInfo.Content.Checks;
using System.Text;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace MuscleSpasmInfo.Content.Markdown;

/// <summary>
/// One pass over a parsed document that collects what the site needs besides HTML: plain text, headings, links, raw
/// HTML, unknown callouts. A hand-written walk, because Markdig's Descendants() allocates an iterator per node, which
/// at 10,000 articles cost more than parsing.
/// </summary>
internal sealed class DocumentWalk(string path)
{
    private readonly StringBuilder _leaf = new();

    public StringBuilder Text { get; } = new();

    public List<Heading> Headings { get; } = [];

    public List<LinkReference> Links { get; } = [];

    public List<(int Line, int Column, string Html)> RawHtml { get; } = [];

    public List<ContentProblem> Findings { get; } = [];

    /// <summary>True when the HTML must go through the sanitiser: raw HTML or a link with an unsafe scheme.</summary>
    public bool NeedsSanitising { get; private set; }

    public void Block(Block block)
    {
        switch (block)
        {
            case Table table:
                // Markdig writes alignment as style="text-align: …", which the Content-Security-Policy blocks and the
                // sanitiser strips (so it would depend on whether the file had raw HTML); columns follow the site's CSS.
                foreach (var column in table.ColumnDefinitions)
                {
                    column.Alignment = null;
                }

                break;
            case CustomContainer container when !CalloutKind.DefaultHeadings.ContainsKey(container.Info ?? string.Empty):
                Findings.Add(ContentChecks.UnknownCallout.At(path, container.Line + 1, container.Column + 1,
                    $"unknown callout ':::{container.Info}'; use {string.Join(", ", CalloutKind.DefaultHeadings.Keys.Select(k => ":::" + k))}"));
                break;
            case HtmlBlock html:
                RawHtml.Add((html.Line + 1, html.Column + 1, html.Lines.ToString()));
                NeedsSanitising = true;
                break;
        }

        if (block is ContainerBlock children)
        {
            for (var i = 0; i < children.Count; i++)
            {
                Block(children[i]);
            }

            return;
        }

        if (block is LeafBlock leaf)
        {
            Leaf(leaf);
        }
    }

    private void Leaf(LeafBlock leaf)
    {
        if (leaf.Inline is null)
        {
            if (leaf is CodeBlock code)
            {
                Text.Append(code.Lines.ToString()).Append('\n');
            }

            return;
        }

        _leaf.Clear();
        Inlines(leaf.Inline);
        var text = Trimmed(_leaf);
        Text.Append(text).Append('\n');
        if (leaf is HeadingBlock heading)
        {
            // The page's title is its only h1, so a body '# Heading' is shown one level down.
            if (heading.Level == 1)
            {
                heading.Level = 2;
            }

            Headings.Add(new Heading(heading.Level, text, heading.GetAttributes().Id ?? string.Empty, heading.Line + 1));
        }
    }

    private void Inlines(ContainerInline container)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    _leaf.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    _leaf.Append(code.Content);
                    break;
                case LineBreakInline:
                    _leaf.Append(' ');
                    break;
                case LinkInline link when link.Url is not null:
                    Links.Add(new LinkReference(link.Url, link.Line + 1, link.Column + 1, link.IsImage));
                    NeedsSanitising |= !MarkdownRenderer.IsSafeUrl(link.Url);
                    break;
                case AutolinkInline autolink:
                    NeedsSanitising |= !MarkdownRenderer.IsSafeUrl(autolink.Url);
                    break;
                case HtmlInline html:
                    RawHtml.Add((html.Line + 1, html.Column + 1, html.Tag));
                    NeedsSanitising = true;
                    break;
            }

            if (inline is ContainerInline nested)
            {
                Inlines(nested);
            }
        }
    }

    private static string Trimmed(StringBuilder builder)
    {
        var start = 0;
        var end = builder.Length;
        while (start < end && char.IsWhiteSpace(builder[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(builder[end - 1]))
        {
            end--;
        }

        return builder.ToString(start, end - start);
    }
}
