using System.Text;

namespace MuscleSpasmInfo.Content.Tests.Fuzz;

/// <summary>
/// Mutates real content files the way a careless edit, a bad merge or a hostile contributor might: flipped bytes,
/// Markdown and YAML control characters, huge lines, deep nesting, spliced-in attacks and invalid UTF-8.
/// Everything it does comes from the <see cref="Random"/> it is given, so a seed replays the same inputs.
/// </summary>
public sealed class Mutator(Random random, IReadOnlyList<byte[]> corpus, IReadOnlyList<string> payloads)
{
    /// <summary>The longest input the mutator makes, so one iteration stays fast in CI.</summary>
    private const int MaxLength = 300_000;

    private static readonly string[] Tokens =
    [
        "---", "---\n", "\n---\n", ":::", ":::urgent ", ":::emergency\n", ":::info\n:::\n", "\n:::\n", "[", "]", "(", ")", "{", "}",
        "|", "| --- |", "|:-:|--:|\n", "<", ">", "&", "&#", "&#x", "&amp;", "&#0;", "\t", "\0", "\r", "\r\n", "\n", "\n\n", "`", "```",
        "~~~", "*", "**", "_", "~", "~~", "#", "## ", "- ", "* ", "1. ", "> ", "    ", "![", "](", "][", "]: ", "\"", "'", ":", ": ",
        "? ", "!!binary ", "!!str ", "!custom ", "&anchor ", "*anchor", "%YAML 1.2\n", "%TAG ! tag:x:\n", "...\n", "\\", "\u00A0",
        "\uFFFD", "\u202E", "\u200B", "\uFEFF", "\uD83D\uDCA9", "title: x\n", "title:\n", "tags: [a, b\n", "related: {x: [}\n",
        "date: 2024-13-45\n", "slug: ../../etc\n", "aliases: [/, //x, /articles/x]\n", "category: causes\n", "<!--", "-->",
        "<script>", "</script>", "<svg onload=alert(1)>", "javascript:", "<div>", "</div>", "<a href=\"", "{#id}",
    ];

    private static readonly byte[][] InvalidUtf8 =
    [
        [0xFF], [0xFE], [0xC3, 0x28], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xF0, 0x28, 0x8C, 0x28], [0xC0, 0xAF], [0x80],
    ];

    /// <summary>A corpus file with one to eight mutations, or now and then a file made from tokens alone.</summary>
    public byte[] Next()
    {
        if (random.Next(20) == 0)
        {
            return Soup();
        }

        var bytes = new List<byte>(corpus[random.Next(corpus.Count)]);
        var count = 1 + random.Next(8);
        for (var i = 0; i < count && bytes.Count < MaxLength; i++)
        {
            Mutate(bytes);
        }

        return [.. bytes.Take(MaxLength)];
    }

    private void Mutate(List<byte> bytes)
    {
        var at = random.Next(bytes.Count + 1);
        switch (random.Next(13))
        {
            case 0 when bytes.Count > 0:
                bytes[Math.Min(at, bytes.Count - 1)] = (byte)random.Next(256);
                break;
            case 1 when bytes.Count > 0:
                bytes[Math.Min(at, bytes.Count - 1)] ^= (byte)(1 << random.Next(8));
                break;
            case 2:
            case 3:
                bytes.InsertRange(at, Utf8(Tokens[random.Next(Tokens.Length)]));
                break;
            case 4 when bytes.Count > 0:
                var length = Math.Min(bytes.Count - Math.Min(at, bytes.Count - 1), 1 + random.Next(200));
                bytes.RemoveRange(Math.Min(at, bytes.Count - 1), length);
                break;
            case 5:
                SwapOrDuplicateLines(bytes);
                break;
            case 6:
                // A huge line: one token repeated thousands of times.
                bytes.InsertRange(at, Utf8(string.Concat(Enumerable.Repeat(Tokens[random.Next(Tokens.Length)], 1000 + random.Next(20_000)))));
                break;
            case 7:
                bytes.InsertRange(at, Utf8(Nesting()));
                break;
            case 8:
                // Splice: part of another corpus file, as a bad merge would.
                var other = corpus[random.Next(corpus.Count)];
                var from = random.Next(other.Length);
                bytes.InsertRange(at, other.Skip(from).Take(1 + random.Next(2000)));
                break;
            case 9:
                bytes.InsertRange(at, Utf8("\n" + payloads[random.Next(payloads.Count)] + "\n"));
                break;
            case 10:
                bytes.InsertRange(at, InvalidUtf8[random.Next(InvalidUtf8.Length)]);
                break;
            case 11:
                // Inside the front matter: after the first line, where YAML is parsed.
                var newline = bytes.IndexOf((byte)'\n');
                bytes.InsertRange(newline < 0 ? 0 : newline + 1, Utf8(Tokens[random.Next(Tokens.Length)] + (random.Next(2) == 0 ? "\n" : string.Empty)));
                break;
            default:
                bytes.InsertRange(at, Utf8(new string((char)random.Next(0x20), 1 + random.Next(4))));
                break;
        }
    }

    private string Nesting()
    {
        var depth = 10 + random.Next(random.Next(4) == 0 ? 5000 : 300);
        var unit = random.Next(9) switch
        {
            0 => ">",
            1 => "- ",
            2 => "[",
            3 => "](",
            4 => "  - ",
            5 => "*_",
            6 => "<div>",
            7 => ":::info\n",
            _ => "{[",
        };
        return "\n" + string.Concat(Enumerable.Repeat(unit, depth)) + " deep text\n";
    }

    private void SwapOrDuplicateLines(List<byte> bytes)
    {
        var lines = Encoding.UTF8.GetString([.. bytes]).Split('\n').ToList();
        if (lines.Count < 2)
        {
            return;
        }

        var a = random.Next(lines.Count);
        var b = random.Next(lines.Count);
        if (random.Next(2) == 0)
        {
            (lines[a], lines[b]) = (lines[b], lines[a]);
        }
        else
        {
            lines.Insert(b, lines[a]);
        }

        bytes.Clear();
        bytes.AddRange(Utf8(string.Join('\n', lines)));
    }

    private byte[] Soup()
    {
        var text = new StringBuilder("---\n");
        var count = random.Next(300);
        for (var i = 0; i < count; i++)
        {
            text.Append(random.Next(4) == 0 ? payloads[random.Next(payloads.Count)] : Tokens[random.Next(Tokens.Length)]);
            if (random.Next(3) == 0)
            {
                text.Append(' ').Append("cramp muscle spasm night calf"[random.Next(25)..]);
            }
        }

        return Utf8(text.ToString());
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
