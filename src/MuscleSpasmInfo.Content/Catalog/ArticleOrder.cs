namespace MuscleSpasmInfo.Content.Catalog;

/// <summary>
/// The order of every article list: newest first, then by title, then by key. The key (slug within a language) makes it
/// total, so a list does not depend on the order the articles came in, and a page and its translation are never one.
/// </summary>
internal sealed class ArticleOrder : IComparer<Article>
{
    public static readonly ArticleOrder Instance = new();

    public int Compare(Article? x, Article? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? 1 : -1;
        }

        // Newest first; an undated article after every dated one.
        var byDate = Nullable.Compare(y.Meta.Date, x.Meta.Date);
        if (byDate != 0)
        {
            return byDate;
        }

        var byTitle = StringComparer.OrdinalIgnoreCase.Compare(x.Title, y.Title);
        return byTitle != 0 ? byTitle : string.CompareOrdinal(x.Key, y.Key);
    }
}
