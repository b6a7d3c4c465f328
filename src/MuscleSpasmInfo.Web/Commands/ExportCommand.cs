using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using MuscleSpasmInfo.Content.Catalog;
using MuscleSpasmInfo.Web.ContentHosting;

namespace MuscleSpasmInfo.Web.Commands;

/// <summary>
/// <c>export --out DIR [--content DIR]</c>: writes every page as a static file that any static host serves under the
/// same URL. The pages come from the running site itself on a loopback port, so export and serving show the same bytes.
/// </summary>
internal static class ExportCommand
{
    private const int Parallelism = 8;

    public static async Task<int> RunAsync(WebApplication app, string? outputFolder)
    {
        if (string.IsNullOrWhiteSpace(outputFolder))
        {
            await Console.Error.WriteLineAsync("export: --out DIR is required").ConfigureAwait(false);
            return 2;
        }

        var watch = Stopwatch.StartNew();
        var output = Path.GetFullPath(outputFolder);
        app.Urls.Clear();
        app.Urls.Add("http://127.0.0.1:0");
        await app.StartAsync().ConfigureAwait(false);
        try
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            var snapshot = app.Services.GetRequiredService<ContentStore>().Current;
            // Every page must show its related lists as the live site would once its indexes are built.
            await app.Services.GetRequiredService<IndexBuilder>().WhenIndexedAsync(snapshot.Version, CancellationToken.None).ConfigureAwait(false);
            if (snapshot.Problems.Any(p => p.Severity == Content.ProblemSeverity.Error))
            {
                await Console.Error.WriteLineAsync($"export: {snapshot.SkippedFiles.Count} files with errors are left out; run 'check' to see them").ConfigureAwait(false);
            }

            Directory.CreateDirectory(output);
            var paths = PathsOf(snapshot);
            using var client = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.None, MaxConnectionsPerServer = Parallelism })
            {
                BaseAddress = new Uri(address),
            };
            var progress = new ExportProgress(paths.Count + 1);
            long bytes = 0;
            await Parallel.ForEachAsync(paths, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (path, token) =>
            {
                var body = await client.GetByteArrayAsync(new Uri(path, UriKind.Relative), token).ConfigureAwait(false);
                await WriteAsync(output, FileFor(path), body, token).ConfigureAwait(false);
                Interlocked.Add(ref bytes, body.Length);
                progress.Step();
            }).ConfigureAwait(false);

            using var notFound = await client.GetAsync(new Uri(Routing.SiteRoutes.NotFound.Path, UriKind.Relative)).ConfigureAwait(false);
            var notFoundBody = await notFound.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
            await WriteAsync(output, "404.html", notFoundBody, CancellationToken.None).ConfigureAwait(false);
            progress.Step();

            var assets = CopyStaticAssets(app.Environment.WebRootPath, output);
            assets += Serving.MediaFiles.Export(app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Content.ContentOptions>>().Value.Path, output);
            progress.Done();
            Console.WriteLine(
                $"Exported {paths.Count + 1} pages and {assets} assets ({(bytes + notFoundBody.Length) / 1024.0 / 1024.0:0.0} MB of pages) to {output} in {watch.Elapsed.TotalSeconds:0.00} s");
            return 0;
        }
        finally
        {
            await app.StopAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Every URL the site serves without a query: the sitemap's pages and the files machines read.</summary>
    internal static List<string> PathsOf(ContentSnapshot snapshot) => [.. Endpoints.PublicPages.ExportedPaths(snapshot)];

    /// <summary>Where a URL lives on disk: <c>/articles/x</c> → <c>articles/x/index.html</c>; files keep their names.</summary>
    internal static string FileFor(string path)
    {
        var trimmed = path.Trim('/');
        if (trimmed.Length == 0)
        {
            return "index.html";
        }

        return Path.HasExtension(trimmed) ? trimmed : Path.Combine(trimmed, "index.html");
    }

    private static async Task WriteAsync(string root, string relative, byte[] body, CancellationToken token)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, body, token).ConfigureAwait(false);
    }

    private static int CopyStaticAssets(string? webRoot, string output)
    {
        if (webRoot is null || !Directory.Exists(webRoot))
        {
            throw new DirectoryNotFoundException($"export: the site's wwwroot was not found (content root {webRoot}); run it from the project or a publish folder");
        }

        var count = 0;
        foreach (var file in Directory.EnumerateFiles(webRoot, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(output, Path.GetRelativePath(webRoot, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
            count++;
        }

        return count;
    }

    /// <summary>A progress line on a terminal (not when output is redirected), rewritten in place.</summary>
    private sealed class ExportProgress(int total)
    {
        private readonly bool _visible = !Console.IsErrorRedirected;
        private int _done;

        public void Step()
        {
            var done = Interlocked.Increment(ref _done);
            if (_visible && (done % 250 == 0 || done == total))
            {
                Console.Error.Write($"\rexport: {done}/{total} pages");
            }
        }

        public void Done()
        {
            if (_visible)
            {
                Console.Error.WriteLine();
            }
        }
    }
}
