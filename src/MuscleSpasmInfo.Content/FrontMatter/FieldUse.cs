namespace MuscleSpasmInfo.Content.FrontMatter;

/// <summary>What a front-matter field feeds, so a change to it can be traced to what it touches.</summary>
[Flags]
public enum FieldUse
{
    /// <summary>Nothing beyond being read.</summary>
    None = 0,

    /// <summary>The article's own page and its structured data.</summary>
    Page = 1,

    /// <summary>Its URL, the redirects to it and every link that points at it.</summary>
    Address = 2,

    /// <summary>Whether, and from which day, it is served.</summary>
    Publication = 4,

    /// <summary>The home, category, tag, guide and A to Z lists, and their order.</summary>
    Lists = 8,

    /// <summary>Related-content scoring.</summary>
    RelatedContent = 16,

    /// <summary>The search index.</summary>
    SearchIndex = 32,

    /// <summary>The feed and the sitemap.</summary>
    Feed = 64,

    /// <summary>The content checks that look across the site (categories, related slugs, review dates).</summary>
    SiteChecks = 128,
}
