using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Options;
using MuscleSpasmInfo.Content;
using MuscleSpasmInfo.Content.Media;

namespace MuscleSpasmInfo.Web.Serving;

/// <summary>Serves the content folder's media/ at /media, with ETag and Last-Modified, for the files the engine says are media.</summary>
public static class MediaFiles
{
    /// <summary>
    /// Answers every request under /media here: a media file through ASP.NET Core's static file middleware (content type,
    /// ETag, Last-Modified, 304, ranges), anything else 404 with an empty body so the status-code pages show the site's
    /// 404 page. Nothing under /media reaches the page cache (which would keep images in memory) or the pages.
    /// </summary>
    public static IApplicationBuilder UseContentMedia(this IApplicationBuilder app)
    {
        var content = app.ApplicationServices.GetRequiredService<IOptions<ContentOptions>>().Value;
        var serving = app.ApplicationServices.GetRequiredService<IOptions<ServingOptions>>().Value;
        var cacheControl = $"public, max-age={serving.MediaMaxAgeSeconds}";
        var files = new StaticFileOptions
        {
            FileProvider = new MediaFileProvider(new MediaFolder(content.Path)),
            ContentTypeProvider = new FileExtensionContentTypeProvider(new Dictionary<string, string>(MediaFolder.ContentTypes, StringComparer.OrdinalIgnoreCase)),
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = cacheControl,
        };
        return app.Map(MediaFolder.UrlPath, media =>
        {
            media.UseStaticFiles(files);
            media.Run(context =>
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            });
        });
    }

    /// <summary>Copies every media file into <paramref name="output"/>/media, byte for byte; returns how many.</summary>
    public static int Export(string contentPath, string output)
    {
        var media = new MediaFolder(contentPath);
        var files = media.Files();
        foreach (var relative in files)
        {
            var target = Path.Combine(output, MediaFolder.FolderName, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(media.Find(relative)!, target, overwrite: true);
        }

        return files.Count;
    }
}
