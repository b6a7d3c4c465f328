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
        Title = T["NavAToZ"];
        Description = T["AToZDescription"];
        CanonicalPath = PathOf(SiteRoutes.AToZ);
        var articles = Snapshot.ArticlesIn(Language);
        var entries = articles
            .Select(a => new AToZEntry(a.Title, a.Url, null))
            .Concat(articles.SelectMany(a => a.Meta.AlsoCalled.Select(name => new AToZEntry(name, a.Url, a.Title))));
        Groups = [.. entries
            .OrderBy(e => e.Name, StringComparer.OrdinalIgnoreCase)
            .GroupBy(e => LetterOf(e.Name))
            .OrderBy(g => g.Key == "#" ? "" : g.Key, StringComparer.Ordinal)
            .Select(g => new AToZGroup(g.Key, [.. g]))];
    }

    /// <summary>The letter a name is listed under: its first letter without accents ("Á" under "A"), or "#".</summary>
    internal static string LetterOf(string name)
    {
        var first = name.Length > 0 ? name.Normalize(System.Text.NormalizationForm.FormD)[0] : '#';
        return char.IsAsciiLetter(first) ? char.ToUpperInvariant(first).ToString() : "#";
    }
}
