using System.Security.Cryptography;
using System.Text;
using MuscleSpasmInfo.Content.FrontMatter;
using MuscleSpasmInfo.Content.Markdown;

namespace MuscleSpasmInfo.Content.Catalog;

/// <summary>Reads one Markdown file into a <see cref="ParsedFile"/>: text checks, front matter and rendering.</summary>
internal sealed class FileParser(MarkdownRenderer renderer, TimeZoneInfo? timeZone = null)
{
    private static readonly System.Buffers.SearchValues<byte> Blank = System.Buffers.SearchValues.Create(" \n\r\t"u8);
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public ParsedFile Parse(string relativePath, byte[] bytes)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 12));
        if (bytes.AsSpan().IndexOfAnyExcept(Blank) < 0)
        {
            return Failed(relativePath, hash, 1, "the file is empty");
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Failed(relativePath, hash, 1, "not a text file: the bytes are not UTF-8");
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            return Failed(relativePath, hash, 1, "not a text file: it contains NUL bytes");
        }

        text = text.TrimStart('\uFEFF');
        var problems = new List<ContentProblem>();
        var body = renderer.Render(text, relativePath);
        problems.AddRange(body.SanitiserFindings);
        if (body.SanitiserFindings.Any(p => p.Severity == ProblemSeverity.Error))
        {
            return new ParsedFile(relativePath, null, body, problems, hash); // unrenderable: its front matter was never read
        }

        if (body.FrontMatterYaml is null)
        {
            problems.Add(new(relativePath, 1, 1, ProblemSeverity.Error,
                "no front matter: start the file with a line '---', then YAML fields (at least title), then '---'"));
            return new ParsedFile(relativePath, null, body, problems, hash);
        }

        var meta = FrontMatterParser.Parse(body.FrontMatterYaml, relativePath, body.FrontMatterFirstLine, problems, timeZone);
        return new ParsedFile(relativePath, meta, body, problems, hash);
    }

    private static ParsedFile Failed(string path, string hash, int line, string message) =>
        new(path, null, null, [new ContentProblem(path, line, 1, ProblemSeverity.Error, message)], hash);
}
