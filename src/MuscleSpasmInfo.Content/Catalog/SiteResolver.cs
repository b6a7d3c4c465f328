using MuscleSpasmInfo.Content.Categories;
using MuscleSpasmInfo.Content.Checks;

namespace MuscleSpasmInfo.Content.Catalog;

/// <summary>
/// The articles a snapshot serves and the old URLs that redirect to them; with the file that owns each slug (served or
/// not) and the checks that ran against them, which a later load of a few changed files carries on with.
/// </summary>
internal sealed record ResolvedSite(
    IReadOnlyList<Article> Articles,
    IReadOnlyDictionary<string, string> Aliases,
    DateOnly? NextPublication,
    Dictionary<string, ParsedFile> BySlug,
    ArticleChecks Checks);

/// <summary>
/// Checks parsed files against the rest of the site (categories, slugs, links) and turns the good ones into articles.
/// </summary>
internal sealed class SiteResolver(ContentOptions options, IReadOnlyList<Category> categories, DateOnly today)
{
    private readonly HashSet<string> _categorySlugs = categories.Select(c => c.Slug).ToHashSet(StringComparer.Ordinal);

    /// <summary>The slug a file is served under: its front matter's, or its file name's.</summary>
    public static string SlugOf(ParsedFile file) =>
        file.Meta?.Slug ?? Path.GetFileNameWithoutExtension(file.Path).ToLowerInvariant();

    /// <summary>Problems of one file that need the site's categories to find; errors keep the file out.</summary>
    public List<ContentProblem> CheckFile(ParsedFile file)
    {
        var problems = new List<ContentProblem>();
        if (file.Meta is not { } meta)
        {
            return problems;
        }

        var slug = SlugOf(file);
        if (!Slugs.IsValid(slug))
        {
            problems.Add(new(file.Path, LineOf(file, "slug"), 1, ProblemSeverity.Error,
                $"slug '{slug}' must be lower-case letters, digits and hyphens (set 'slug:' or rename the file)"));
        }

        if (meta.Category is null)
        {
            problems.Add(new(file.Path, 1, 1, ProblemSeverity.Warning, "no category: the article is listed under no category"));
        }
        else if (!_categorySlugs.Contains(meta.Category))
        {
            problems.Add(new(file.Path, LineOf(file, "category"), 1, ProblemSeverity.Error,
                $"unknown category '{meta.Category}'; categories.yml lists: {string.Join(", ", _categorySlugs.Order(StringComparer.Ordinal))}"));
        }

        return problems;
    }

    /// <summary>Builds the served articles from files that passed <see cref="CheckFile"/>, in path order.</summary>
    public ResolvedSite Resolve(IReadOnlyList<ParsedFile> files, List<ContentProblem> problems, CheckCache checkCache)
    {
        var bySlug = new Dictionary<string, ParsedFile>(StringComparer.Ordinal);
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            var slug = SlugOf(file);
            if (bySlug.TryGetValue(slug, out var first))
            {
                problems.Add(new(file.Path, LineOf(file, "slug"), 1, ProblemSeverity.Error,
                    $"duplicate slug '{slug}': {first.Path} and {file.Path} both use it; {first.Path} is served"));
                continue;
            }

            bySlug[slug] = file;
        }

        var articles = new List<Article>(bySlug.Count);
        DateOnly? nextPublication = null;
        foreach (var (slug, file) in bySlug)
        {
            if (ToArticle(slug, file) is { } article)
            {
                articles.Add(article);
            }
            else if (file.Meta is { } meta && !HiddenDraft(meta))
            {
                // Not served and not a hidden draft, so dated in the future.
                nextPublication = nextPublication is { } known && known < meta.Date ? known : meta.Date;
            }
        }

        var aliases = ResolveAliases(bySlug, problems);
        var checks = new ArticleChecks(options, bySlug, today);
        checkCache.Begin(bySlug, checks.MediaFolder, today);
        foreach (var file in bySlug.Values)
        {
            problems.AddRange(checkCache.For(file, checks.Check));
        }

        checkCache.Keep(bySlug.Values);

        var served = articles.Select(a => a.Slug).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < articles.Count; i++)
        {
            articles[i] = WithoutDeadLinks(articles[i], served.Contains);
        }

        return new ResolvedSite(articles, aliases, nextPublication, bySlug, checks);
    }

    /// <summary>The article a file that owns <paramref name="slug"/> becomes, or null while it is a draft or dated in the future.</summary>
    public Article? ToArticle(string slug, ParsedFile file)
    {
        var meta = file.Meta!;
        if (HiddenDraft(meta) || meta.Date > today)
        {
            return null;
        }

        return new Article
        {
            Slug = slug,
            SourcePath = file.Path,
            Meta = meta,
            Body = file.Body!,
            NextReview = meta.NextReview ?? meta.LastReviewed?.AddYears(options.ReviewIntervalYears),
            ReadingMinutes = Math.Max(1, (int)Math.Ceiling(file.Body!.WordCount / (double)options.WordsPerMinute)),
            ContentHash = file.Hash,
        };
    }

    private static Dictionary<string, string> ResolveAliases(Dictionary<string, ParsedFile> bySlug, List<ContentProblem> problems)
    {
        var aliases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (slug, file) in bySlug)
        {
            foreach (var alias in file.Meta!.Aliases)
            {
                var path = alias.TrimEnd('/');
                var line = LineOf(file, "aliases");
                if (!path.StartsWith('/') || path.StartsWith("//", StringComparison.Ordinal) || path.Contains('?', StringComparison.Ordinal))
                {
                    problems.Add(new(file.Path, line, 1, ProblemSeverity.Warning, $"alias '{alias}' must be a site path starting with '/'; ignored"));
                }
                else if (path.StartsWith("/articles/", StringComparison.OrdinalIgnoreCase) && bySlug.ContainsKey(path["/articles/".Length..]))
                {
                    problems.Add(new(file.Path, line, 1, ProblemSeverity.Warning, $"alias '{alias}' collides with the article at that URL; ignored"));
                }
                else if (aliases.TryGetValue(path, out var owner))
                {
                    problems.Add(new(file.Path, line, 1, ProblemSeverity.Warning, $"alias '{alias}' is already an alias of '{owner}'; ignored"));
                }
                else
                {
                    aliases[path] = slug;
                }
            }
        }

        return aliases;
    }

    private bool HiddenDraft(FrontMatter.ArticleFrontMatter meta) => meta.Draft && !options.ShowDrafts;

    /// <summary>A link to an article that is not served would be a dead end, so it is shown as plain text.</summary>
    public static Article WithoutDeadLinks(Article article, Func<string, bool> isServed)
    {
        HashSet<string>? dead = null;
        foreach (var slug in article.Body.LinkedArticles)
        {
            if (!isServed(slug))
            {
                (dead ??= new HashSet<string>(StringComparer.Ordinal)).Add(slug);
            }
        }

        return dead is null ? article : article with { Body = article.Body with { Html = InternalLink.Unlink(article.Body.Html, dead) } };
    }

    internal static int LineOf(ParsedFile file, string field) =>
        file.Meta?.FieldLines.TryGetValue(field, out var line) == true ? line : 1;
}
