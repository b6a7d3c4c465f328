namespace MuscleSpasmInfo.Content.Catalog;

/// <summary>The reading order of a guide's pages: by <c>order</c> (pages without one last), then title, then as every list.</summary>
internal sealed class GuideOrder : IComparer<Article>
{
    public static readonly GuideOrder Instance = new();

    public int Compare(Article? x, Article? y)
    {
        if (ReferenceEquals(x, y) || x is null || y is null)
        {
            return ArticleOrder.Instance.Compare(x, y);
        }

        var byOrder = (x.Meta.Order ?? int.MaxValue).CompareTo(y.Meta.Order ?? int.MaxValue);
        if (byOrder != 0)
        {
            return byOrder;
        }

        var byTitle = StringComparer.OrdinalIgnoreCase.Compare(x.Title, y.Title);
        return byTitle != 0 ? byTitle : ArticleOrder.Instance.Compare(x, y);
    }
}
