using MuscleSpasmInfo.Content.Catalog;
using MuscleSpasmInfo.Content.FrontMatter;

namespace MuscleSpasmInfo.Content.Languages;

/// <summary>
/// The one rule of a translation falling behind its source, read by the check (MSI084) and by the page that tells readers:
/// the source's last modification (<see cref="Article.LastModifiedOf"/>) is after the translation's <c>translated</c> date,
/// or the translation has no such date.
/// </summary>
public static class TranslationStaleness
{
    /// <summary>The source's last-modified date when the translation may be out of date; null when it is up to date.</summary>
    public static DateOnly? MayBeOutOfDate(ArticleFrontMatter source, ArticleFrontMatter translation)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(translation);
        var modified = Article.LastModifiedOf(source);
        return modified is { } date && (translation.Translated is not { } translated || date > translated) ? date : null;
    }
}
