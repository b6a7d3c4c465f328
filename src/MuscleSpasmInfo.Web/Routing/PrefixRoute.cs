namespace MuscleSpasmInfo.Web.Routing;

/// <summary>Every URL under a prefix, such as the content's media files.</summary>
public sealed record PrefixRoute : SiteRoute
{
    public PrefixRoute(string prefix, RouteKind kind)
        : base(prefix + "{**path}", kind, page: null)
    {
        Prefix = prefix;
    }

    /// <summary>The start of every URL of the route, ending in '/'.</summary>
    public string Prefix { get; }

    /// <summary>The URL of <paramref name="relativePath"/> under the prefix.</summary>
    public string PathOf(string relativePath) => Prefix + relativePath.TrimStart('/');

    public override bool Matches(string path) =>
        path.Length > Prefix.Length && path.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase);
}
