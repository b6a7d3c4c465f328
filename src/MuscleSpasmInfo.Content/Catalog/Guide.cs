namespace MuscleSpasmInfo.Content.Catalog;

/// <summary>A multi-page guide: articles read in order, like the NHS website's guides.</summary>
/// <param name="Slug">The guide's slug, as articles name it in their <c>guide</c> field.</param>
/// <param name="Title">The title of the guide's landing article, or the slug when there is none.</param>
/// <param name="Pages">The guide's articles in reading order.</param>
public sealed record Guide(string Slug, string Title, IReadOnlyList<Article> Pages)
{
    /// <summary>The language of its pages (a guide's pages are all in one language).</summary>
    public Languages.SiteLanguage? Language => Pages.Count > 0 ? Pages[0].Language : null;

    /// <summary>The article before <paramref name="article"/> in the guide, if any.</summary>
    public Article? Previous(Article article) => IndexOf(article) is var i and > 0 ? Pages[i - 1] : null;

    /// <summary>The article after <paramref name="article"/> in the guide, if any.</summary>
    public Article? Next(Article article) => IndexOf(article) is var i and >= 0 && i < Pages.Count - 1 ? Pages[i + 1] : null;

    private int IndexOf(Article article)
    {
        for (var i = 0; i < Pages.Count; i++)
        {
            if (Pages[i].Key == article.Key)
            {
                return i;
            }
        }

        return -1;
    }
}
