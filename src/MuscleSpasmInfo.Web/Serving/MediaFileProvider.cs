using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.FileProviders.Physical;
using Microsoft.Extensions.Primitives;
using MuscleSpasmInfo.Content.Media;

namespace MuscleSpasmInfo.Web.Serving;

/// <summary>
/// The static file middleware's view of media/: a file only when <see cref="MediaFolder.Find"/> allows it (no way out of
/// the folder, through links either), never a directory listing. Unlike PhysicalFileProvider it needs no folder at start,
/// so media/ may appear, go and return while the site runs, as the rest of the content folder may.
/// </summary>
internal sealed class MediaFileProvider(MediaFolder media) : IFileProvider
{
    public IFileInfo GetFileInfo(string subpath) =>
        media.Find(subpath) is { } path ? new PhysicalFileInfo(new FileInfo(path)) : new NotFoundFileInfo(subpath);

    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;
}
