using YamlDotNet.Core;

namespace MuscleSpasmInfo.Content.FrontMatter;

/// <summary>Locates YAML errors that YamlDotNet reports without a position.</summary>
internal static class YamlSyntax
{
    /// <summary>
    /// The start of the last event YamlDotNet could read from <paramref name="yaml"/>: for YAML that failed to load
    /// with an exception carrying no location, the nearest place an editor should look.
    /// </summary>
    public static Mark LastReadableMark(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var last = Mark.Empty;
        try
        {
            while (parser.MoveNext())
            {
                last = parser.Current!.Start;
            }
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException)
        {
            // Expected: this is only called for YAML that failed to load; everything read before the failure is in last.
        }

        return last;
    }
}
