namespace MuscleSpasmInfo.Content.Catalog;

/// <summary>
/// The order of every article list: newest first, then by title, then by slug. The slug makes it total, so a list
/// patched after one edit comes out exactly as a list sorted afresh.
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
        return byTitle != 0 ? byTitle : string.CompareOrdinal(x.Slug, y.Slug);
    }

    /// <summary>Where <paramref name="article"/> goes in <paramref name="sorted"/>: its index if there, else where to insert it.</summary>
    public static int Position(List<Article> sorted, Article article)
    {
        var at = sorted.BinarySearch(article, Instance);
        return at >= 0 ? at : ~at;
    }
}
