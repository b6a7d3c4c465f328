using System.Security.Cryptography;
using System.Text;
using MuscleSpasmInfo.Content.Catalog;
using MuscleSpasmInfo.Content.FrontMatter;
using MuscleSpasmInfo.Content.Languages;
using MuscleSpasmInfo.Content.Markdown;

namespace MuscleSpasmInfo.Content.Build;

/// <summary>What a cache entry turned out to be when read.</summary>
internal enum EntryStatus
{
    Valid,
    OtherVersion,
    Corrupt,
}

/// <summary>
/// One <see cref="ParsedFile"/> as bytes: a header (format, engine fingerprint, path, hash of the source), the parse, and
/// a SHA-256 of the parse, so a torn or altered entry is found out rather than served. Binary rather than JSON because a
/// restart reads every article's HTML back: the rendered bytes are copied as they are kept, with no escaping or decoding.
/// Every field of <see cref="ArticleFrontMatter"/> is written; a test round-trips each of them, so a new field cannot be
/// forgotten here.
/// </summary>
internal static class ParsedFileFormat
{
    private static readonly byte[] Magic = "MSIPARSE2\n"u8.ToArray();

    public static byte[] Write(ParsedFile parsed, string fingerprint)
    {
        using var payload = new MemoryStream();
        using (var w = new BinaryWriter(payload, Encoding.UTF8, leaveOpen: true))
        {
            Problems(w, parsed.Problems);
            w.Write(parsed.Body is not null);
            if (parsed.Body is { } body)
            {
                Body(w, body);
            }

            w.Write(parsed.Meta is not null);
            if (parsed.Meta is { } meta)
            {
                Meta(w, meta);
            }
        }

        using var entry = new MemoryStream((int)payload.Length + 256);
        using (var w = new BinaryWriter(entry, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(Magic);
            w.Write(fingerprint);
            w.Write(parsed.Path);
            w.Write(parsed.Hash);
            w.Write((int)payload.Length);
            w.Write(payload.GetBuffer(), 0, (int)payload.Length);
            w.Write(SHA256.HashData(payload.GetBuffer().AsSpan(0, (int)payload.Length)));
        }

        return entry.ToArray();
    }

    public static EntryStatus Read(byte[] bytes, string path, string hash, string fingerprint, LanguageTable languages, out ParsedFile? parsed)
    {
        parsed = null;
        try
        {
            using var r = new BinaryReader(new MemoryStream(bytes, writable: false), Encoding.UTF8);
            if (!r.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic))
            {
                return EntryStatus.Corrupt;
            }

            if (r.ReadString() != fingerprint)
            {
                return EntryStatus.OtherVersion;
            }

            if (r.ReadString() != path || r.ReadString() != hash)
            {
                return EntryStatus.Corrupt;
            }

            var length = r.ReadInt32();
            var start = (int)r.BaseStream.Position;
            if (length < 0 || start + length + 32 != bytes.Length
                || !SHA256.HashData(bytes.AsSpan(start, length)).AsSpan().SequenceEqual(bytes.AsSpan(start + length, 32)))
            {
                return EntryStatus.Corrupt;
            }

            var problems = Problems(r);
            var body = r.ReadBoolean() ? Body(r, bytes) : null;
            var meta = r.ReadBoolean() ? Meta(r) : null;
            var (stem, language) = languages.OfFileName(path, out _);
            parsed = new ParsedFile(path, meta, body, problems, hash, language, stem);
            return EntryStatus.Valid;
        }
        catch (Exception ex) when (ex is EndOfStreamException or IOException or FormatException or ArgumentException or InvalidOperationException)
        {
            return EntryStatus.Corrupt;
        }
    }

    private static void Problems(BinaryWriter w, IReadOnlyList<ContentProblem> problems)
    {
        w.Write(problems.Count);
        foreach (var p in problems)
        {
            w.Write(p.Path);
            w.Write(p.Line);
            w.Write(p.Column);
            w.Write((int)p.Severity);
            w.Write(p.Message);
            w.Write(p.Code);
        }
    }

    private static ContentProblem[] Problems(BinaryReader r)
    {
        var problems = new ContentProblem[Count(r)];
        for (var i = 0; i < problems.Length; i++)
        {
            problems[i] = new ContentProblem(r.ReadString(), r.ReadInt32(), r.ReadInt32(), (ProblemSeverity)r.ReadInt32(), r.ReadString()) { Code = r.ReadString() };
        }

        return problems;
    }

    private static void Body(BinaryWriter w, RenderedMarkdown body)
    {
        Text(w, body.FrontMatterYaml);
        w.Write(body.FrontMatterFirstLine);
        Utf8(w, body.HtmlUtf8);
        Utf8(w, body.PlainTextUtf8);
        w.Write(body.WordCount);
        w.Write(body.ReadingGrade.HasValue);
        w.Write(body.ReadingGrade ?? 0);
        w.Write(body.Headings.Count);
        foreach (var h in body.Headings)
        {
            w.Write(h.Level);
            w.Write(h.Text);
            w.Write(h.Id);
            w.Write(h.Line);
        }

        w.Write(body.Links.Count);
        foreach (var l in body.Links)
        {
            w.Write(l.Url);
            w.Write(l.Line);
            w.Write(l.Column);
            w.Write(l.IsImage);
        }

        Problems(w, body.SanitiserFindings);
    }

    private static RenderedMarkdown Body(BinaryReader r, byte[] entry)
    {
        var yaml = Text(r);
        var yamlLine = r.ReadInt32();
        var html = Utf8(r, entry);
        var plain = Utf8(r, entry);
        var words = r.ReadInt32();
        var hasGrade = r.ReadBoolean();
        var grade = r.ReadDouble();
        var headings = new Heading[Count(r)];
        for (var i = 0; i < headings.Length; i++)
        {
            headings[i] = new Heading(r.ReadInt32(), r.ReadString(), r.ReadString(), r.ReadInt32());
        }

        var links = new LinkReference[Count(r)];
        for (var i = 0; i < links.Length; i++)
        {
            links[i] = new LinkReference(r.ReadString(), r.ReadInt32(), r.ReadInt32(), r.ReadBoolean());
        }

        return new RenderedMarkdown(html, plain, headings, links, Problems(r))
        {
            FrontMatterYaml = yaml,
            FrontMatterFirstLine = yamlLine,
            WordCount = words,
            ReadingGrade = hasGrade ? grade : null,
        };
    }

    private static void Meta(BinaryWriter w, ArticleFrontMatter m)
    {
        w.Write(m.Title);
        Text(w, m.Slug);
        Text(w, m.Summary);
        Date(w, m.Date);
        Date(w, m.Updated);
        Text(w, m.Category);
        Texts(w, m.Tags);
        Texts(w, m.Related);
        Texts(w, m.AlsoCalled);
        Texts(w, m.Aliases);
        w.Write(m.Sources.Count);
        foreach (var s in m.Sources)
        {
            w.Write(s.Title);
            Text(w, s.Url);
            Date(w, s.Accessed);
        }

        Text(w, m.Author);
        w.Write(m.ReviewedBy is not null);
        if (m.ReviewedBy is { } reviewer)
        {
            w.Write(reviewer.Name);
            Text(w, reviewer.Credential);
        }

        Date(w, m.LastReviewed);
        Date(w, m.NextReview);
        w.Write(m.Draft);
        Text(w, m.Guide);
        w.Write(m.Order.HasValue);
        w.Write(m.Order ?? 0);
        Text(w, m.TranslationOf);
        Date(w, m.Translated);
        Texts(w, m.Ignore);
        w.Write(m.FieldLines.Count);
        foreach (var (field, line) in m.FieldLines)
        {
            w.Write(field);
            w.Write(line);
        }
    }

    private static ArticleFrontMatter Meta(BinaryReader r)
    {
        var title = r.ReadString();
        var slug = Text(r);
        var summary = Text(r);
        var date = Date(r);
        var updated = Date(r);
        var category = Text(r);
        var tags = Texts(r);
        var related = Texts(r);
        var alsoCalled = Texts(r);
        var aliases = Texts(r);
        var sources = new Source[Count(r)];
        for (var i = 0; i < sources.Length; i++)
        {
            sources[i] = new Source(r.ReadString(), Text(r), Date(r));
        }

        var author = Text(r);
        var reviewedBy = r.ReadBoolean() ? new Person(r.ReadString(), Text(r)) : null;
        var lastReviewed = Date(r);
        var nextReview = Date(r);
        var draft = r.ReadBoolean();
        var guide = Text(r);
        var hasOrder = r.ReadBoolean();
        var order = r.ReadInt32();
        var translationOf = Text(r);
        var translated = Date(r);
        var ignore = Texts(r);
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = Count(r); i > 0; i--)
        {
            lines[r.ReadString()] = r.ReadInt32();
        }

        return new ArticleFrontMatter
        {
            Title = title, Slug = slug, Summary = summary, Date = date, Updated = updated, Category = category, Tags = tags,
            Related = related, AlsoCalled = alsoCalled, Aliases = aliases, Sources = sources, Author = author,
            ReviewedBy = reviewedBy, LastReviewed = lastReviewed, NextReview = nextReview, Draft = draft, Guide = guide,
            Order = hasOrder ? order : null, TranslationOf = translationOf, Translated = translated, Ignore = ignore,
            FieldLines = lines,
        };
    }

    // A count is never more than the bytes left: a corrupt length must not allocate gigabytes before the read fails.
    private static int Count(BinaryReader r)
    {
        var count = r.ReadInt32();
        return count >= 0 && count <= r.BaseStream.Length - r.BaseStream.Position ? count : throw new FormatException("bad count");
    }

    private static void Text(BinaryWriter w, string? text)
    {
        w.Write(text is not null);
        w.Write(text ?? string.Empty);
    }

    private static string? Text(BinaryReader r) => r.ReadBoolean() ? r.ReadString() : NullAfter(r);

    private static string? NullAfter(BinaryReader r)
    {
        _ = r.ReadString();
        return null;
    }

    private static void Texts(BinaryWriter w, IReadOnlyList<string> texts)
    {
        w.Write(texts.Count);
        foreach (var text in texts)
        {
            w.Write(text);
        }
    }

    private static string[] Texts(BinaryReader r)
    {
        var texts = new string[Count(r)];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = r.ReadString();
        }

        return texts;
    }

    private static void Date(BinaryWriter w, DateOnly? date) => w.Write(date?.DayNumber ?? -1);

    private static DateOnly? Date(BinaryReader r) => r.ReadInt32() is var day and >= 0 ? DateOnly.FromDayNumber(day) : null;

    private static void Utf8(BinaryWriter w, ReadOnlySpan<byte> bytes)
    {
        w.Write(bytes.Length);
        w.Write(bytes);
    }

    /// <summary>
    /// The next UTF-8 field as a slice of the entry itself rather than a copy: the HTML and text are most of an entry, so
    /// a restart allocates each article's bytes once, and the entry lives as long as the parse that holds the slices.
    /// </summary>
    private static ReadOnlyMemory<byte> Utf8(BinaryReader r, byte[] entry)
    {
        var length = Count(r);
        var start = checked((int)r.BaseStream.Position);
        if (length > entry.Length - start)
        {
            throw new EndOfStreamException();
        }

        r.BaseStream.Position = start + length;
        return entry.AsMemory(start, length);
    }
}
