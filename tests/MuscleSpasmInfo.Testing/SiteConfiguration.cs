using Microsoft.Extensions.Configuration;
using MuscleSpasmInfo.Content;

namespace MuscleSpasmInfo.Testing;

/// <summary>
/// The site's own configuration (src/MuscleSpasmInfo.Web/appsettings.json), for engine tests about the real content:
/// they load it with the languages the site declares, read from where the site reads them, not restated in a test.
/// </summary>
public static class SiteConfiguration
{
    /// <summary>The site's <c>Content</c> options, over <paramref name="path"/> (default: the real content folder).</summary>
    public static ContentOptions ContentOptions(string? path = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(Repository.Root, "src", "MuscleSpasmInfo.Web", "appsettings.json"))
            .Build();
        var options = new ContentOptions();
        configuration.GetSection(Content.ContentOptions.Section).Bind(options);
        options.Path = path ?? Repository.ContentFolder;
        return options;
    }
}
