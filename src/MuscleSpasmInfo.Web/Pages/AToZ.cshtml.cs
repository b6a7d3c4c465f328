using Microsoft.Extensions.Options;
using MuscleSpasmInfo.Web.Routing;
using MuscleSpasmInfo.Web.Serving;

namespace MuscleSpasmInfo.Web.Pages;

/// <summary>One line of the A to Z: an article under its title, or under one of its other names.</summary>
public sealed record AToZEntry(string Name, string Url, string? SeeTitle);

/// <summary>The entries under one letter, with the id its heading and the letter links share.</summary>
public sealed record AToZGroup(string Letter, IReadOnlyList<AToZEntry> Entries)
{
    /// <summary>"letter-A"; names under "#" get "letter-0-9", since '#' cannot sit in a fragment link.</summary>
    public string Id => "letter-" + (Letter == "#" ? "0-9" : Letter);
}

public sealed class AToZModel(RequestSnapshot snapshot, IOptions<SiteOptions> site) : SitePageModel(snapshot, site)
{
    /// <summary>Entries grouped by their first letter; names starting with a digit or symbol go under "#".</summary>
    public IReadOnlyList<AToZGroup> Groups { get; private set; } = [];

    public void OnGet()
    {
        Title = "A to Z";
        Description = "Every article and every other name for it, from A to Z.";
        CanonicalPath = SiteRoutes.AToZ.Path;
        var entries = Snapshot.Articles
            .Select(a => new AToZEntry(a.Title, a.Url, null))
            .Concat(Snapshot.Articles.SelectMany(a => a.Meta.AlsoCalled.Select(name => new AToZEntry(name, a.Url, a.Title))));
        Groups = [.. entries
            .OrderBy(e => e.Name, StringComparer.OrdinalIgnoreCase)
            .GroupBy(e => LetterOf(e.Name))
            .OrderBy(g => g.Key == "#" ? "" : g.Key, StringComparer.Ordinal)
            .Select(g => new AToZGroup(g.Key, [.. g]))];
    }

    internal static string LetterOf(string name) =>
        name.Length > 0 && char.IsAsciiLetter(name[0]) ? char.ToUpperInvariant(name[0]).ToString() : "#";
}
