namespace MuscleSpasmInfo.Web.Routing;

/// <summary>Where a fixed route is published besides the links to it.</summary>
public enum RouteListing
{
    /// <summary>Neither in the sitemap nor in the export (search, errors, health).</summary>
    Unlisted,

    /// <summary>A page of the sitemap, and so of the export.</summary>
    Sitemap,

    /// <summary>A file the export writes that is no page of the sitemap (the sitemap itself, the feed, robots.txt).</summary>
    ExportFile,
}
