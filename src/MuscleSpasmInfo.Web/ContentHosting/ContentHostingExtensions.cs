using Microsoft.Extensions.Options;
using MuscleSpasmInfo.Content;
using MuscleSpasmInfo.Content.Build;
using MuscleSpasmInfo.Content.Catalog;
using MuscleSpasmInfo.Content.Markdown;
using MuscleSpasmInfo.Content.Search;

namespace MuscleSpasmInfo.Web.ContentHosting;

/// <summary>Registers the content engine and the store that serves its snapshots.</summary>
public static class ContentHostingExtensions
{
    /// <summary>
    /// Adds options, the Markdown renderer, the loader, the store, the search service and the index builder (which runs
    /// once the host starts: serving and export); when <paramref name="watch"/> (serving), also the file watcher and the
    /// publication scheduler, which the check and export commands do without.
    /// </summary>
    public static IHostApplicationBuilder AddContentEngine(this IHostApplicationBuilder builder, bool watch = true)
    {
        builder.Services.AddOptions<ContentOptions>()
            .BindConfiguration(ContentOptions.Section)
            .PostConfigure(o => o.Path = ResolveContentPath(o.Path, builder.Configuration[$"{ContentOptions.Section}:Path"]));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<MarkdownRenderer>();
        builder.Services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<ContentOptions>>().Value;
            var logger = sp.GetRequiredService<ILogger<BuildCache>>();
            // A bad entry is a memo lost, not a fault: the file is parsed as on a first start, and the entry rewritten.
            var cache = string.IsNullOrWhiteSpace(options.CachePath) ? null : new BuildCache(options.CachePath, message => logger.LogWarning("Build cache: {Message}", message));
            return new ContentLoader(options, sp.GetRequiredService<MarkdownRenderer>(), sp.GetRequiredService<TimeProvider>(), cache);
        });
        builder.Services.AddSingleton<ContentStore>();
        // The container owns the search index's writer and readers and the sentence model, and disposes them when the
        // host stops. The export has no search page, so it never loads the model.
        // The model's file is kept beside the build cache when there is one (it survives restarts there), else in the
        // temporary folder.
        builder.Services.AddSingleton(sp => new Content.Search.Semantic.SentenceEmbedder(
            sp.GetRequiredService<IOptions<ContentOptions>>().Value.CachePath is { Length: > 0 } cache ? Path.Combine(cache, "model") : null));
        builder.Services.AddSingleton(sp => new LanguageSearch(
            sp.GetRequiredService<ContentLoader>().Languages,
            watch && sp.GetRequiredService<IOptions<ContentOptions>>().Value.MatchMeaning ? sp.GetRequiredService<Content.Search.Semantic.SentenceEmbedder>() : null));
        // The export has no search page (a static host cannot answer one), so it builds related content only.
        builder.Services.AddSingleton(sp => new IndexBuilder(
            sp.GetRequiredService<ContentStore>(),
            sp.GetRequiredService<LanguageSearch>(),
            sp.GetRequiredService<IHostApplicationLifetime>(),
            sp.GetRequiredService<ILogger<IndexBuilder>>(),
            indexSearch: watch));
        builder.Services.AddHostedService(sp => sp.GetRequiredService<IndexBuilder>());
        if (watch)
        {
            builder.Services.AddHostedService<ContentWatcher>();
            builder.Services.AddHostedService<PublicationScheduler>();
        }

        return builder;
    }

    /// <summary>
    /// The configured folder, or when none is configured the <c>content/</c> beside MuscleSpasmInfo.sln above the current
    /// directory, so <c>dotnet run --project src/MuscleSpasmInfo.Web</c> serves the repository's content from anywhere in it.
    /// A relative folder that does not exist from the current directory is taken from the repository root, because
    /// <c>dotnet run</c> starts the program in the project's folder, not where the editor typed the command.
    /// </summary>
    internal static string ResolveContentPath(string defaultPath, string? configured)
    {
        var repositoryRoot = FindRepositoryRoot();
        if (string.IsNullOrWhiteSpace(configured))
        {
            return repositoryRoot is not null ? Path.Combine(repositoryRoot, "content") : Path.GetFullPath(defaultPath);
        }

        var fromCurrent = Path.GetFullPath(configured);
        if (Path.IsPathRooted(configured) || Directory.Exists(fromCurrent) || repositoryRoot is null)
        {
            return fromCurrent;
        }

        return Path.GetFullPath(Path.Combine(repositoryRoot, configured));
    }

    private static string? FindRepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "MuscleSpasmInfo.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
    }
}
