using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace MuscleSpasmInfo.Content.Tests.Security;

/// <summary>
/// Parses HTML the way a browser would (AngleSharp) and lists everything in it that could run script, load a
/// document, restyle the page or send a form: what the engine promises its HTML never holds.
/// </summary>
public static class ScriptSafety
{
    /// <summary>Elements that run script, embed or frame other documents, change the base URL, redirect, style or post.</summary>
    private static readonly HashSet<string> ForbiddenElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "meta", "form", "style", "link",
        "template", "noscript", "portal", "animate", "set", "animatemotion", "animatetransform", "handler", "listener",
        "foreignobject", "math",
    };

    /// <summary>Attributes a browser follows as a URL (or evaluates, for SVG animation values).</summary>
    private static readonly HashSet<string> UrlAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "href", "src", "action", "formaction", "data", "srcset", "background", "poster", "lowsrc", "dynsrc", "codebase",
        "cite", "ping", "srcdoc", "longdesc", "usemap", "manifest", "values", "to", "from", "by", "content",
    };

    private static readonly string[] ScriptSchemes = ["javascript:", "vbscript:", "livescript:", "data:", "mocha:"];

    private static readonly HtmlParser Parser = new();

    /// <summary>Every reason <paramref name="html"/> is unsafe to write into a page; empty when it is safe.</summary>
    public static List<string> Violations(string html)
    {
        var document = Parser.ParseDocument("<!DOCTYPE html><html><head></head><body>" + html + "</body></html>");
        var found = new List<string>();
        foreach (var element in document.Body!.Descendants<IElement>())
        {
            if (ForbiddenElements.Contains(element.LocalName))
            {
                found.Add($"<{element.LocalName}> element");
            }

            foreach (var attribute in element.Attributes)
            {
                var name = attribute.LocalName;
                if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                {
                    found.Add($"event handler {attribute.Name} on <{element.LocalName}>");
                }
                else if (name.Equals("style", StringComparison.OrdinalIgnoreCase))
                {
                    found.Add($"style attribute on <{element.LocalName}>");
                }
                else if (UrlAttributes.Contains(name) && HasScriptScheme(attribute.Value, isList: name is "srcset" or "values"))
                {
                    found.Add($"{attribute.Name}=\"{attribute.Value}\" on <{element.LocalName}>");
                }
            }
        }

        // The head must stay as the wrapper left it: nothing in the fragment may have escaped into it.
        if (document.Head!.ChildElementCount > 0)
        {
            found.Add("elements moved into <head>");
        }

        return found;
    }

    /// <summary>Fails with the HTML and every violation when <paramref name="html"/> could run script.</summary>
    public static void AssertSafe(string html, string context)
    {
        var violations = Violations(html);
        Assert.True(violations.Count == 0, $"{context}: unsafe HTML: {string.Join("; ", violations)}\n--- HTML ---\n{html}");
    }

    /// <summary>
    /// True when a browser could read the value as a script or data URL: checked after decoding entities (twice, in case
    /// one layer is left), removing whitespace and control characters, and lower-casing, as browsers are lenient about each.
    /// </summary>
    public static bool HasScriptScheme(string value, bool isList = false)
    {
        var decoded = WebUtility.HtmlDecode(WebUtility.HtmlDecode(value));
        var normal = new StringBuilder(decoded.Length);
        foreach (var c in decoded)
        {
            if (!char.IsWhiteSpace(c) && !char.IsControl(c) && c != '\u200B' && c != '\uFEFF')
            {
                normal.Append(char.ToLowerInvariant(c));
            }
        }

        var text = normal.ToString();
        // srcset and SVG animation values are lists: any entry may carry the scheme.
        var parts = isList ? text.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries) : [];
        return parts.Prepend(text).Any(part => ScriptSchemes.Any(s => part.StartsWith(s, StringComparison.Ordinal)));
    }
}
