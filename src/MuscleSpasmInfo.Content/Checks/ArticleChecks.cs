using System.Globalization;
using MuscleSpasmInfo.Content.Catalog;

namespace MuscleSpasmInfo.Content.Checks;

/// <summary>
/// The checks that look past one file: links and anchors, images, related slugs, review dates and reading grade.
/// Their findings are warnings: a page with a dead link is still worth serving.
/// </summary>
internal sealed class ArticleChecks(ContentOptions options, IReadOnlyDictionary<string, ParsedFile> bySlug, DateOnly today)
{
    private readonly string _root = Path.GetFullPath(options.Path);

    /// <summary>The folder images must live in; its changes invalidate remembered image checks.</summary>
    public string MediaFolder => Path.Combine(_root, "media");

    /// <summary>The problems of one file that depend on the rest of the site.</summary>
    public List<ContentProblem> Check(ParsedFile file)
    {
        var problems = new List<ContentProblem>();
        var meta = file.Meta!;
        var body = file.Body!;
        foreach (var link in body.Links)
        {
            if (link.IsImage)
            {
                CheckImage(file, link, problems);
            }
            else
            {
                CheckLink(file, link, problems);
            }
        }

        foreach (var related in meta.Related.Where(r => !bySlug.ContainsKey(r)))
        {
            problems.Add(new(file.Path, SiteResolver.LineOf(file, "related"), 1, ProblemSeverity.Warning,
                $"related article '{related}' does not exist"));
        }

        if (meta.LastReviewed is null || meta.ReviewedBy is null)
        {
            var missing = string.Join(" and ", new[] { meta.ReviewedBy is null ? "reviewedBy" : null, meta.LastReviewed is null ? "lastReviewed" : null }.OfType<string>());
            problems.Add(new(file.Path, 1, 1, ProblemSeverity.Warning, $"missing review data: no {missing}; the page says it has not been medically reviewed"));
        }

        var nextReview = meta.NextReview ?? meta.LastReviewed?.AddYears(options.ReviewIntervalYears);
        if (nextReview < today)
        {
            problems.Add(new(file.Path, SiteResolver.LineOf(file, meta.NextReview is null ? "lastReviewed" : "nextReview"), 1, ProblemSeverity.Warning,
                $"review overdue: the next review was due {nextReview:yyyy-MM-dd}"));
        }

        if (body.ReadingGrade is { } grade && grade > options.ReadingGradeTarget)
        {
            problems.Add(new(file.Path, 1, 1, ProblemSeverity.Warning,
                string.Create(CultureInfo.InvariantCulture, $"reading grade {grade:0.0} is above the target of {options.ReadingGradeTarget:0.#} (Flesch-Kincaid): shorter sentences and words help")));
        }

        return problems;
    }

    private void CheckLink(ParsedFile file, Markdown.LinkReference link, List<ContentProblem> problems)
    {
        if (InternalLink.Parse(link.Url) is not { } target)
        {
            return;
        }

        var page = target.Path.Length == 0 ? file : target.Slug is { } slug ? bySlug.GetValueOrDefault(slug) : null;
        if (target.Slug is not null && page is null)
        {
            problems.Add(new(file.Path, link.Line, link.Column, ProblemSeverity.Warning, $"link to a missing article: {link.Url}"));
            return;
        }

        if (page is not null && !string.IsNullOrEmpty(target.Anchor) && page.Body!.Headings.All(h => h.Id != target.Anchor))
        {
            problems.Add(new(file.Path, link.Line, link.Column, ProblemSeverity.Warning,
                $"link to a missing heading: {link.Url} (no heading with id '{target.Anchor}' in {page.Path})"));
        }
    }

    private void CheckImage(ParsedFile file, Markdown.LinkReference link, List<ContentProblem> problems)
    {
        if (InternalLink.Parse(link.Url) is not { } target)
        {
            return;
        }

        const string media = "/media/";
        if (!target.Path.StartsWith(media, StringComparison.Ordinal))
        {
            problems.Add(new(file.Path, link.Line, link.Column, ProblemSeverity.Warning,
                $"image '{link.Url}' must live in the content folder's media/ and be written /media/..."));
            return;
        }

        if (new Media.MediaFolder(_root).Find(Uri.UnescapeDataString(target.Path[media.Length..])) is null) // the site's own rule for what it serves
        {
            problems.Add(new(file.Path, link.Line, link.Column, ProblemSeverity.Warning, $"image not found: {link.Url}"));
        }
    }
}
