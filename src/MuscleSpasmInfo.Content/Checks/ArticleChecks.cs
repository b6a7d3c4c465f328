using System.Globalization;
using MuscleSpasmInfo.Content.Build;
using MuscleSpasmInfo.Content.Catalog;

namespace MuscleSpasmInfo.Content.Checks;

/// <summary>
/// The checks that look past one file: links and anchors, images, related slugs, review dates and reading grade.
/// Their findings are warnings: a page with a dead link is still worth serving. What a file's findings depend on is
/// declared by <see cref="InputsOf"/>, so the build re-checks a file only when one of those changed.
/// </summary>
internal sealed class ArticleChecks(ContentOptions options, IReadOnlyDictionary<string, ParsedFile> bySlug, IReadOnlySet<string> media, DateOnly today)
{
    private const string MediaPrefix = Media.MediaFolder.UrlPath + "/";

    /// <summary>
    /// Everything <see cref="Check"/> reads besides the file and today: for each article the file points at, whether it
    /// exists and its anchors; for each image, whether it exists. Two equal keys give equal findings.
    /// </summary>
    public CheckTargets InputsOf(ParsedFile file)
    {
        var body = file.Body!;
        var related = file.RelatedKeys.ToList();
        var images = 0;
        foreach (var link in body.Links)
        {
            images += link.IsImage ? 1 : 0;
        }

        var items = new object[file.LinkedArticles.Count + related.Count + images + 1];
        var i = 0;
        foreach (var slug in file.LinkedArticles)
        {
            items[i++] = bySlug.TryGetValue(slug, out var target) ? target.HeadingIds : CheckTargets.Missing;
        }

        foreach (var slug in related)
        {
            items[i++] = bySlug.TryGetValue(slug, out var target) ? target.HeadingIds : CheckTargets.Missing;
        }

        // A translation's staleness reads its source's last-modified date.
        items[i++] = file.SourceKey is { } source && bySlug.TryGetValue(source, out var original) && Article.LastModifiedOf(original.Meta!) is { } modified
            ? modified.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : CheckTargets.Missing;
        foreach (var link in body.Links)
        {
            if (link.IsImage)
            {
                items[i++] = InternalLink.Parse(link.Url) is { } target && ImagePath(target) is { } path && media.Contains(path) ? CheckTargets.Present : CheckTargets.Missing;
            }
        }

        return new CheckTargets(items);
    }

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

        foreach (var related in meta.Related.Where(r => !bySlug.ContainsKey(file.Language.KeyOf(r))))
        {
            problems.Add(ContentChecks.MissingRelated.At(file.Path, file.LineOf("related"), 1, $"related article '{related}' does not exist"));
        }

        if (!ReviewSchedule.IsReviewed(meta))
        {
            var missing = string.Join(" and ", new[] { meta.ReviewedBy is null ? "reviewedBy" : null, meta.LastReviewed is null ? "lastReviewed" : null }.OfType<string>());
            problems.Add(ContentChecks.MissingReview.At(file.Path, 1, 1, $"missing review data: no {missing}; the page says it has not been medically reviewed"));
        }

        if (ReviewSchedule.NextReviewDue(meta, options.ReviewIntervalYears) is { } nextReview && nextReview < today)
        {
            problems.Add(ContentChecks.ReviewOverdue.At(file.Path, file.LineOf(meta.NextReview is null ? "lastReviewed" : "nextReview"), 1,
                $"review overdue: the next review was due {nextReview:yyyy-MM-dd}"));
        }

        if (file.SourceKey is { } sourceKey && bySlug.TryGetValue(sourceKey, out var source) &&
            Languages.TranslationStaleness.MayBeOutOfDate(source.Meta!, meta) is { } modified)
        {
            problems.Add(ContentChecks.TranslationOutOfDate.At(file.Path, file.LineOf(meta.Translated is null ? "title" : "translated"), 1,
                meta.Translated is null
                    ? $"translation may be out of date: it has no 'translated' date, and {source.Path} was last modified {modified:yyyy-MM-dd}"
                    : $"translation may be out of date: {source.Path} was modified {modified:yyyy-MM-dd}, after this translation's date {meta.Translated:yyyy-MM-dd}"));
        }

        // Flesch-Kincaid counts English syllables: a grade of another language's text would mean nothing.
        if (body.ReadingGrade is { } grade && grade > options.ReadingGradeTarget && file.Language.Culture.StartsWith("en", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add(ContentChecks.ReadingGrade.At(file.Path, 1, 1,
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

        var page = target.Path.Length == 0 ? file : target.Key is { } key ? bySlug.GetValueOrDefault(key) : null;
        if (target.Key is not null && page is null)
        {
            problems.Add(ContentChecks.MissingArticle.At(file.Path, link.Line, link.Column, $"link to a missing article: {link.Url}"));
            return;
        }

        if (page is not null && !string.IsNullOrEmpty(target.Anchor) && page.Body!.Headings.All(h => h.Id != target.Anchor))
        {
            problems.Add(ContentChecks.MissingHeading.At(file.Path, link.Line, link.Column,
                $"link to a missing heading: {link.Url} (no heading with id '{target.Anchor}' in {page.Path})"));
        }
    }

    private void CheckImage(ParsedFile file, Markdown.LinkReference link, List<ContentProblem> problems)
    {
        if (InternalLink.Parse(link.Url) is not { } target)
        {
            return; // off the site: nothing to look up
        }

        if (ImagePath(target) is not { } path)
        {
            problems.Add(ContentChecks.ImageOutsideMedia.At(file.Path, link.Line, link.Column,
                $"image '{link.Url}' must live in the content folder's media/ and be written {MediaPrefix}..."));
        }
        else if (!media.Contains(path))
        {
            problems.Add(ContentChecks.MissingImage.At(file.Path, link.Line, link.Column, $"image not found: {link.Url}"));
        }
    }

    /// <summary>The file a link on the site names under media/, or null when it does not point there.</summary>
    private static string? ImagePath(InternalLink target) =>
        target.Path.StartsWith(MediaPrefix, StringComparison.Ordinal) ? Uri.UnescapeDataString(target.Path[MediaPrefix.Length..]) : null;
}
