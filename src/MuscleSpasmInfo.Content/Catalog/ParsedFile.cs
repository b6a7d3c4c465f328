using MuscleSpasmInfo.Content.FrontMatter;
using MuscleSpasmInfo.Content.Markdown;

namespace MuscleSpasmInfo.Content.Catalog;

/// <summary>One Markdown file after parsing, before it is checked against the rest of the site.</summary>
/// <param name="Path">Relative to the content folder, forward slashes.</param>
/// <param name="Meta">Front matter, or null when it could not be read.</param>
/// <param name="Body">The rendered body, or null when the file is not Markdown text.</param>
/// <param name="Problems">Problems found in this file alone.</param>
/// <param name="Hash">Hash of the file's bytes.</param>
internal sealed record ParsedFile(string Path, ArticleFrontMatter? Meta, RenderedMarkdown? Body, IReadOnlyList<ContentProblem> Problems, string Hash)
{
    public bool HasErrors => Meta is null || Body is null || Problems.Any(p => p.Severity == ProblemSeverity.Error);
}
