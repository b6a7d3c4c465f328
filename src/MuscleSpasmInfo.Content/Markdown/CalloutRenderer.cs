using System.Net;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace MuscleSpasmInfo.Content.Markdown;

/// <summary>
/// Renders <c>:::urgent</c>, <c>:::emergency</c> and <c>:::info</c> containers as callouts: a note with a heading
/// that names the kind, so the kind is never carried by colour alone. Unknown kinds render as a plain block.
/// </summary>
internal sealed class CalloutRenderer : HtmlObjectRenderer<CustomContainer>
{
    protected override void Write(HtmlRenderer renderer, CustomContainer obj)
    {
        var kind = obj.Info ?? string.Empty;
        if (!HeadingsOf(obj).TryGetValue(kind, out var heading))
        {
            renderer.EnsureLine().Write("<div>");
            renderer.WriteChildren(obj);
            renderer.EnsureLine().WriteLine("</div>");
            return;
        }

        // A custom title follows the kind ("Urgent advice: Ask for help"), so the kind is always read out.
        var title = string.IsNullOrWhiteSpace(obj.Arguments) ? heading : $"{heading}: {obj.Arguments.Trim()}";
        renderer.EnsureLine()
            .Write("<div class=\"callout callout-").Write(kind).Write("\" role=\"note\">")
            .Write("<h2 class=\"callout-heading\">").Write(WebUtility.HtmlEncode(title)).WriteLine("</h2>");
        renderer.WriteChildren(obj);
        renderer.EnsureLine().WriteLine("</div>");
    }

    /// <summary>The headings of the document's language, which the renderer set on the document before rendering it.</summary>
    private static IReadOnlyDictionary<string, string> HeadingsOf(CustomContainer container)
    {
        Markdig.Syntax.Block block = container;
        while (block.Parent is not null)
        {
            block = block.Parent;
        }

        return block.GetData(typeof(CalloutKind)) as IReadOnlyDictionary<string, string> ?? CalloutKind.DefaultHeadings;
    }
}

/// <summary>
/// Puts <see cref="CalloutRenderer"/> in place of Markdig's custom-container renderer in every HTML renderer the pipeline
/// sets up, so the pipeline's own pooled renderers can be used instead of a new renderer for each document.
/// </summary>
internal sealed class CalloutExtension : Markdig.IMarkdownExtension
{
    public void Setup(Markdig.MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(Markdig.MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.ReplaceOrAdd<HtmlCustomContainerRenderer>(new CalloutRenderer());
        }
    }
}
