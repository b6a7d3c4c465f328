using Microsoft.Extensions.Options;
using MuscleSpasmInfo.Content;
using MuscleSpasmInfo.Content.Catalog;
using MuscleSpasmInfo.Content.Markdown;

namespace MuscleSpasmInfo.Web.ContentHosting;

/// <summary>Registers the content engine and the store that serves its snapshots.</summary>
public static class ContentHostingExtensions
{
    /// <summary>Adds options, the Markdown renderer, the loader, the store and (unless turned off) the file watcher.</summary>
    public static IHostApplicationBuilder AddContentEngine(this IHostApplicationBuilder builder, bool watch = true)
    {
        builder.Services.AddOptions<ContentOptions>()
            .BindConfiguration(ContentOptions.Section)
            .PostConfigure(o => o.Path = ResolveContentPath(o.Path, builder.Configuration[$"{ContentOptions.Section}:Path"]));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<MarkdownRenderer>();
        builder.Services.AddSingleton(sp => new ContentLoader(
            sp.GetRequiredService<IOptions<ContentOptions>>().Value,
            sp.GetRequiredService<MarkdownRenderer>(),
            sp.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton<ContentStore>();
        if (watch)
        {
            builder.Services.AddHostedService<ContentWatcher>();
        }

        return builder;
    }

    /// <summary>
    /// The configured folder, or when none is configured the <c>content/</c> beside MuscleSpasmInfo.sln above the current
    /// directory, so <c>dotnet run --project src/MuscleSpasmInfo.Web</c> serves the repository's content from anywhere in it.
    /// </summary>
    internal static string ResolveContentPath(string defaultPath, string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "MuscleSpasmInfo.sln")))
                {
                    return Path.Combine(dir.FullName, "content");
                }
            }
        }

        return Path.GetFullPath(defaultPath);
    }
}
