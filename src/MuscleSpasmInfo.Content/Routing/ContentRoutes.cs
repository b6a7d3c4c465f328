namespace MuscleSpasmInfo.Content.Routing;

/// <summary>
/// Where the content's own pages live: the URL patterns the engine builds its links from and checks links against.
/// The site's route table builds on these; nothing else writes them.
/// </summary>
public static class ContentRoutes
{
    /// <summary>The prefix of article URLs; a constant so the patterns that find article links can be compiled from it.</summary>
    public const string ArticlePrefix = "/articles/";

    /// <summary>The prefix of files in the content folder's <c>media/</c>, as articles write images (<see cref="Media.MediaFolder.UrlPath"/>).</summary>
    public const string MediaPrefix = Media.MediaFolder.UrlPath + "/";

    /// <summary>One article: <c>/articles/{slug}</c>.</summary>
    public static SlugRoute Article { get; } = new(ArticlePrefix);

    /// <summary>One category from <c>categories.yml</c> with its articles: <c>/categories/{slug}</c>.</summary>
    public static SlugRoute Category { get; } = new("/categories/");

    /// <summary>
    /// The key (<see cref="Languages.SiteLanguage.KeyOf"/>) of the article a site path points at: <c>/articles/x</c> is
    /// <c>x</c>, <c>/es/articles/x</c> is <c>es/x</c>; null when the path is no article's. A path with more segments gives
    /// a key no article has, so a link check reports it as missing rather than skipping it.
    /// </summary>
    public static string? ArticleKeyOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var (code, rest) = Languages.LanguagePath.Split(path);
        if (code is not null && Article.SlugOf(rest) is { } translated)
        {
            return code + "/" + translated;
        }

        return Article.SlugOf(path) is { } slug ? (slug.Contains('/', StringComparison.Ordinal) ? "/" + slug : slug) : null;
    }

    /// <summary>One tag with its articles: <c>/tags/{slug}</c>.</summary>
    public static SlugRoute Tag { get; } = new("/tags/");
}
