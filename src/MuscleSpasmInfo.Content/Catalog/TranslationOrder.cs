namespace MuscleSpasmInfo.Content.Catalog;

/// <summary>The order of an article and its translations: the default language first, then by language code.</summary>
internal sealed class TranslationOrder : IComparer<Article>
{
    public static readonly TranslationOrder Instance = new();

    public int Compare(Article? x, Article? y)
    {
        if (ReferenceEquals(x, y) || x is null || y is null)
        {
            return ArticleOrder.Instance.Compare(x, y);
        }

        var byDefault = y.Language.IsDefault.CompareTo(x.Language.IsDefault);
        if (byDefault != 0)
        {
            return byDefault;
        }

        var byCode = string.CompareOrdinal(x.Language.Code, y.Language.Code);
        return byCode != 0 ? byCode : ArticleOrder.Instance.Compare(x, y);
    }
}
