using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.Options;
using MuscleSpasmInfo.Content.Catalog;
using MuscleSpasmInfo.Web.ContentHosting;

namespace MuscleSpasmInfo.Web.Commands;

/// <summary>
/// <c>export --out DIR [--content DIR]</c>: writes every page as a static file that any static host serves under the
/// same URL. Each page is a GET through the site's own request pipeline, run in-process (<see cref="InProcessServer"/>),
/// so export and serving send the same bytes; one worker per core renders a page into its own reused buffer and writes
/// that buffer straight to the file.
/// </summary>
internal static class ExportCommand
{
    private const int FailuresShown = 10;

    /// <summary>The server the export runs the site on; registered before the host is built, in place of Kestrel.</summary>
    public static void AddInProcessServer(IServiceCollection services)
    {
        services.AddSingleton<InProcessServer>();
        services.AddSingleton<IServer>(sp => sp.GetRequiredService<InProcessServer>());
    }

    /// <summary>Exports the site <paramref name="app"/> serves into <paramref name="outputFolder"/>: 0 when every page was written, 1 when any failed.</summary>
    /// <param name="app">The site, built with <see cref="AddInProcessServer"/> and its pipeline added, not started.</param>
    /// <param name="outputFolder">Where the files go; created when missing.</param>
    /// <param name="output">Where the stages and the summary line go.</param>
    /// <param name="error">Where failures and the progress line go; the progress line only when <paramref name="showProgress"/>.</param>
    /// <param name="showProgress">Whether to draw the progress line, which only a terminal can rewrite in place.</param>
    public static async Task<int> RunAsync(WebApplication app, string? outputFolder, TextWriter output, TextWriter error, bool showProgress)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (string.IsNullOrWhiteSpace(outputFolder))
        {
            await error.WriteLineAsync("export: --out DIR is required").ConfigureAwait(false);
            return 2;
        }

        var server = app.Services.GetRequiredService<IServer>() as InProcessServer
            ?? throw new InvalidOperationException("export: the host must run on the in-process server (ExportCommand.AddInProcessServer)");
        var stages = new ExportStages();
        var folder = Path.GetFullPath(outputFolder);
        var snapshot = app.Services.GetRequiredService<ContentStore>().Current;
        stages.End("content load");
        await app.StartAsync().ConfigureAwait(false);
        stages.End("host start");
        try
        {
            // Every page must show its related lists as the live site does once its indexes are built.
            var indexes = app.Services.GetRequiredService<IndexBuilder>();
            await indexes.CurrentAsync(CancellationToken.None).ConfigureAwait(false);
            if (indexes.Fault is { } fault)
            {
                await error.WriteLineAsync($"export: {fault}; nothing was exported").ConfigureAwait(false);
                return 1;
            }

            await indexes.WhenIndexedAsync(snapshot.Version, CancellationToken.None).ConfigureAwait(false);
            stages.End("indexes");
            if (snapshot.Problems.Any(p => p.Severity == Content.ProblemSeverity.Error))
            {
                await error.WriteLineAsync($"export: {snapshot.SkippedFiles.Count} files with errors are left out; run 'check' to see them").ConfigureAwait(false);
            }

            Directory.CreateDirectory(folder);
            var pages = PagesOf(snapshot);
            var progress = new ExportProgress(pages.Count, showProgress ? error : null);
            var (bytes, failures) = await RenderAllAsync(server, pages, folder, progress).ConfigureAwait(false);
            progress.Done();
            stages.End("pages");

            var assets = CopyStaticAssets(app.Environment.WebRootPath, folder);
            assets += Serving.MediaFiles.Export(app.Services.GetRequiredService<IOptions<Content.ContentOptions>>().Value.Path, folder);
            stages.End("assets");
            await output.WriteLineAsync($"export stages: {stages}").ConfigureAwait(false);
            if (!failures.IsEmpty)
            {
                await ReportAsync(failures, error).ConfigureAwait(false);
                return 1;
            }

            await output.WriteLineAsync(
                $"Exported {pages.Count} pages and {assets} assets ({bytes / 1024.0 / 1024.0:0.0} MB of pages) to {folder} in {stages.Total.TotalSeconds:0.00} s").ConfigureAwait(false);
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

    /// <summary>Every page to write with the status it must answer: the public pages (200), then the not-found page (404) a static host sends for any other URL.</summary>
    private static List<ExportPage> PagesOf(ContentSnapshot snapshot) =>
    [
        .. PathsOf(snapshot).Select(p => new ExportPage(p, FileFor(p), StatusCodes.Status200OK)),
        new ExportPage(Routing.SiteRoutes.NotFound.Path, "404.html", StatusCodes.Status404NotFound),
    ];

    /// <summary>
    /// Renders and writes every page, one worker per core, each taking the next page until none is left. Rendering is
    /// CPU work and a write lands in the OS page cache, so more workers than cores would only wait for each other.
    /// </summary>
    private static async Task<(long Bytes, ConcurrentQueue<ExportFailure> Failures)> RenderAllAsync(
        InProcessServer server, List<ExportPage> pages, string output, ExportProgress progress)
    {
        var failures = new ConcurrentQueue<ExportFailure>();
        long bytes = 0;
        var next = -1;
        async Task WorkAsync()
        {
            // One buffer per worker for the whole export: after the first few pages it never grows again.
            using var body = new MemoryStream(64 * 1024);
            int i;
            while ((i = Interlocked.Increment(ref next)) < pages.Count)
            {
                var page = pages[i];
                body.SetLength(0);
                var answer = await server.GetAsync(page.Path, body).ConfigureAwait(false);
                if (answer.Status != page.Status)
                {
                    failures.Enqueue(new ExportFailure(page.Path, $"answered {answer.Status}, not {page.Status}", answer.Error));
                }
                else
                {
                    try
                    {
                        WriteFile(Path.Combine(output, page.File), body.GetBuffer().AsSpan(0, (int)body.Length));
                        Interlocked.Add(ref bytes, body.Length);
                    }
                    catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                    {
                        failures.Enqueue(new ExportFailure(page.Path, $"could not be written to {page.File}", ex));
                    }
                }

                progress.Step();
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Environment.ProcessorCount).Select(_ => Task.Run(WorkAsync))).ConfigureAwait(false);
        return (bytes, failures);
    }

    /// <summary>Writes the bytes with one system call, from the worker's buffer: no stream and no copy of its own.</summary>
    private static void WriteFile(string path, ReadOnlySpan<byte> bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var handle = File.OpenHandle(path, FileMode.Create, FileAccess.Write);
        RandomAccess.Write(handle, bytes, 0);
    }

    /// <summary>Says which pages failed and why, in a line each: the type and message of the error, not its stack trace.</summary>
    private static async Task ReportAsync(ConcurrentQueue<ExportFailure> failures, TextWriter error)
    {
        foreach (var failure in failures.OrderBy(f => f.Path, StringComparer.Ordinal).Take(FailuresShown))
        {
            var cause = failure.Error is null ? string.Empty : $": {failure.Error.GetType().Name}: {failure.Error.Message}";
            await error.WriteLineAsync($"export: {failure.Path} {failure.Problem}{cause}").ConfigureAwait(false);
        }

        if (failures.Count > FailuresShown)
        {
            await error.WriteLineAsync($"export: and {failures.Count - FailuresShown} more").ConfigureAwait(false);
        }

        await error.WriteLineAsync(
            $"export: failed: {failures.Count} pages were not exported (serve the site and open a page to see its error in full in the log)").ConfigureAwait(false);
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

    /// <summary>One page to export: its URL, the file it is written to, and the status it must answer with.</summary>
    private sealed record ExportPage(string Path, string File, int Status);

    /// <summary>A page that was not exported, what went wrong, and the exception behind it when there was one.</summary>
    private sealed record ExportFailure(string Path, string Problem, Exception? Error);
}
