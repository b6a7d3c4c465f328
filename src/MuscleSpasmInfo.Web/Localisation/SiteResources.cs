namespace MuscleSpasmInfo.Web.Localisation;

/// <summary>
/// The interface text of every page, by key, one resource file per language: <c>Resources/Localisation/SiteResources.resx</c>
/// (the default language) and <c>SiteResources.{culture}.resx</c> beside it. A language without a file reads the default's.
/// </summary>
public sealed class SiteResources
{
    private SiteResources()
    {
    }
}
