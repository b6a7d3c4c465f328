using MuscleSpasmInfo.Content.FrontMatter;
using MuscleSpasmInfo.Content.Markdown;

namespace MuscleSpasmInfo.Content.Catalog;

/// <summary>One Markdown file after parsing, before it is checked against the rest of the site.</summary>
/// <remarks>
/// A class, compared by reference: the build reuses the same object for an unchanged file, so every later stage can tell
/// in one comparison that its input is the same.
/// </remarks>
internal sealed class ParsedFile(string path, ArticleFrontMatter? meta, RenderedMarkdown? body, IReadOnlyList<ContentProblem> problems, string hash, Languages.SiteLanguage language, string stem)
{
    /// <summary>Relative to the content folder, forward slashes.</summary>
    public string Path { get; } = path;

    /// <summary>Front matter, or null when it could not be read.</summary>
    public ArticleFrontMatter? Meta { get; } = meta;

    /// <summary>The rendered body, or null when the file is not Markdown text.</summary>
    public RenderedMarkdown? Body { get; } = body;

    /// <summary>Problems found in this file alone.</summary>
    public IReadOnlyList<ContentProblem> Problems { get; } = problems;

    /// <summary>Hash of the file's bytes.</summary>
    public string Hash { get; } = hash;

    /// <summary>The anchors other pages can link to, as one string: what links into this file depend on.</summary>
    public string HeadingIds { get; } = body is null ? string.Empty : string.Join('\n', body.Headings.Select(h => h.Id));

    /// <summary>
    /// The slugs the body links to. Worked out here, as files are parsed in parallel, rather than by the first stage to
    /// ask, which would do it for every file of a first build one after the other.
    /// </summary>
    public IReadOnlyList<string> LinkedArticles { get; } = body?.LinkedArticles ?? [];

    public bool HasErrors => Meta is null || Body is null || Problems.Any(p => p.Severity == ProblemSeverity.Error);

    /// <summary>The language its file name gives it: <c>x.es.md</c> is Spanish, <c>x.md</c> the default language.</summary>
    public Languages.SiteLanguage Language { get; } = language;

    /// <summary>The slug the file asks to be served under: its front matter's, or its file name's.</summary>
    public string Slug => Meta?.Slug ?? FileNameSlug;

    /// <summary>The slug its file name gives it (without the language), which wins when two files ask for the same slug.</summary>
    public string FileNameSlug { get; } = stem.ToLowerInvariant();

    /// <summary>What the build knows the article by: its slug within its language (<see cref="Languages.SiteLanguage.KeyOf"/>).</summary>
    public string Key => Language.KeyOf(Slug);

    /// <summary>The key its file name gives it.</summary>
    public string FileNameKey => Language.KeyOf(FileNameSlug);

    /// <summary>
    /// For a translation, the key of the default-language article it translates: <c>translationOf</c>, or its file name
    /// without the language (<c>x.es.md</c> translates <c>x</c>); null for an article in the default language.
    /// </summary>
    public string? SourceKey => Language.IsDefault ? null : Meta?.TranslationOf ?? FileNameSlug;

    /// <summary>The keys of the articles pinned in <c>related</c>: slugs of the file's own language.</summary>
    public IEnumerable<string> RelatedKeys => (Meta?.Related ?? []).Select(Language.KeyOf);

    /// <summary>The line a front-matter field was written on, or 1.</summary>
    public int LineOf(string field) => Meta?.FieldLines.TryGetValue(field, out var line) == true ? line : 1;
}
