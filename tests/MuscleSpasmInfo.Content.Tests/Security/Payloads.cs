using System.Globalization;
using System.Text;

namespace MuscleSpasmInfo.Content.Tests.Security;

/// <summary>The hostile inputs under Security/Payloads: one-line payloads from xss-payloads.txt and whole .md files.</summary>
public static class Payloads
{
    /// <summary>The folder the payload files are copied to.</summary>
    public static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Security", "Payloads");

    /// <summary>Each payload of xss-payloads.txt with its escapes (\t, \n, \r, \0, \xNN, \\) turned into characters.</summary>
    public static IReadOnlyList<string> Lines() =>
        [.. File.ReadLines(Path.Combine(Folder, "xss-payloads.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith("//", StringComparison.Ordinal))
            .Select(Unescape)];

    /// <summary>The multi-line payload files, by name.</summary>
    public static IReadOnlyList<string> Files() =>
        [.. Directory.EnumerateFiles(Folder, "*.md").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    /// <summary>Every payload, one-line and whole-file, as text.</summary>
    public static IEnumerable<string> All() =>
        Lines().Concat(Files().Select(f => File.ReadAllText(Path.Combine(Folder, f))));

    public static string Unescape(string line)
    {
        var text = new StringBuilder(line.Length);
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] != '\\' || i + 1 >= line.Length)
            {
                text.Append(line[i]);
                continue;
            }

            switch (line[i + 1])
            {
                case 't': text.Append('\t'); i++; break;
                case 'n': text.Append('\n'); i++; break;
                case 'r': text.Append('\r'); i++; break;
                case '0': text.Append('\0'); i++; break;
                case '\\': text.Append('\\'); i++; break;
                case 'x' when i + 3 < line.Length &&
                              int.TryParse(line.AsSpan(i + 2, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code):
                    text.Append((char)code);
                    i += 3;
                    break;
                default: text.Append('\\'); break; // any other backslash is part of the payload
            }
        }

        return text.ToString();
    }

    /// <summary>A YAML double-quoted scalar holding exactly <paramref name="value"/>, control characters included.</summary>
    public static string YamlQuoted(string value)
    {
        var yaml = new StringBuilder("\"");
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': yaml.Append("\\\""); break;
                case '\\': yaml.Append("\\\\"); break;
                case '\n': yaml.Append("\\n"); break;
                case '\t': yaml.Append("\\t"); break;
                case < ' ' or '\u007F': yaml.Append(CultureInfo.InvariantCulture, $"\\x{(int)c:X2}"); break;
                default: yaml.Append(c); break;
            }
        }

        return yaml.Append('"').ToString();
    }
}
