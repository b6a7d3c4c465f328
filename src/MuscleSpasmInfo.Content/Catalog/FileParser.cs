using MuscleSpasmInfo.Content.Languages;
using MuscleSpasmInfo.Content.Checks;
using System.Security.Cryptography;
using System.Text;
using MuscleSpasmInfo.Content.FrontMatter;
using MuscleSpasmInfo.Content.Markdown;

namespace MuscleSpasmInfo.Content.Catalog;

/// <summary>Reads one Markdown file into a <see cref="ParsedFile"/>: text checks, front matter and rendering.</summary>
internal sealed class FileParser(MarkdownRenderer renderer, TimeZoneInfo? timeZone = null, LanguageTable? languages = null)
{
    private static readonly System.Buffers.SearchValues<byte> Blank = System.Buffers.SearchValues.Create(" \n\r\t"u8);
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>A short hash of a file's bytes: what tells two versions of a file apart.</summary>
    public static string HashOf(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 12));

    public ParsedFile Parse(string relativePath, ReadOnlySpan<byte> bytes) => Parse(relativePath, bytes, HashOf(bytes));

    private readonly LanguageTable _languages = languages ?? LanguageTable.EnglishOnly;

    /// <summary>The languages file names are read against.</summary>
    public LanguageTable Languages => _languages;

    /// <summary>What a cached parse must have been made with to stand for this parser's (<see cref="Build.BuildCache.Fingerprint"/>).</summary>
    public string Fingerprint { get; } = Build.BuildCache.Fingerprint(timeZone ?? TimeZoneInfo.Utc, languages ?? LanguageTable.EnglishOnly);

    public ParsedFile Parse(string relativePath, ReadOnlySpan<byte> bytes, string hash)
    {
        var (stem, language) = _languages.OfFileName(relativePath, out var unknownCode);
        var problems = new List<ContentProblem>();
        if (unknownCode is not null)
        {
            problems.Add(ContentChecks.UnknownLanguage.At(relativePath, 1, 1,
                $"unknown language code '{unknownCode}' in the file name; Content:Languages declares: {string.Join(", ", _languages.All.Select(l => l.Code))}"));
        }

        if (bytes.IndexOfAnyExcept(Blank) < 0)
        {
            return Failed(ContentChecks.EmptyFile, relativePath, hash, "the file is empty");
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Failed(ContentChecks.NotText, relativePath, hash, "not a text file: the bytes are not UTF-8");
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            return Failed(ContentChecks.NotText, relativePath, hash, "not a text file: it contains NUL bytes");
        }

        text = text.TrimStart('\uFEFF');
        var body = renderer.Render(text, relativePath, language.Culture);
        problems.AddRange(body.SanitiserFindings);
        if (body.SanitiserFindings.Any(p => p.Severity == ProblemSeverity.Error))
        {
            return new ParsedFile(relativePath, null, body, problems, hash, language, stem); // unrenderable: its front matter was never read
        }

        if (body.FrontMatterYaml is null)
        {
            problems.Add(ContentChecks.NoFrontMatter.At(relativePath, 1, 1,
                "no front matter: start the file with a line '---', then YAML fields (at least title), then '---'"));
            return new ParsedFile(relativePath, null, body, problems, hash, language, stem);
        }

        var meta = FrontMatterParser.Parse(body.FrontMatterYaml, relativePath, body.FrontMatterFirstLine, problems, timeZone);
        return new ParsedFile(relativePath, meta, body, problems, hash, language, stem);

        ParsedFile Failed(ContentCheck check, string path, string hash, string message) =>
            new(path, null, null, [.. problems, check.At(path, 1, 1, message)], hash, language, stem);
    }
}
