namespace MuscleSpasmInfo.Content;

/// <summary>Settings of the content engine, bound from the <c>Content</c> configuration section.</summary>
public sealed class ContentOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string Section = "Content";

    /// <summary>The folder holding the Markdown articles, categories.yml and synonyms.txt.</summary>
    public string Path { get; set; } = "content";

    /// <summary>Years after the last review that the next review falls due when an article does not say.</summary>
    public int ReviewIntervalYears { get; set; } = 3;

    /// <summary>Serve and list drafts too: for editors previewing on their own machine, never in production.</summary>
    public bool ShowDrafts { get; set; }

    /// <summary>The Flesch-Kincaid grade above which the check warns that an article is hard to read.</summary>
    public double ReadingGradeTarget { get; set; } = 8;

    /// <summary>
    /// The site's time zone: a front-matter timestamp with an offset (2019-01-28T08:44:00Z) counts as its date here.
    /// Not bound from configuration itself; the host sets it (the site from <c>Site:TimeZone</c>).
    /// </summary>
    public TimeZoneInfo TimeZone { get; set; } = TimeZoneInfo.Utc;

    /// <summary>Words a minute used for the reading time shown on each article.</summary>
    public int WordsPerMinute { get; set; } = 200;

    /// <summary>The code of the language of pages without a prefix (one of <see cref="Languages"/>); default: the first declared.</summary>
    public string? DefaultLanguage { get; set; }

    /// <summary>
    /// The languages the site publishes in (<see cref="Languages.LanguageTable"/>); none declared means British English alone.
    /// </summary>
    public IList<Languages.LanguageOptions> Languages { get; } = new List<Languages.LanguageOptions>();

    /// <summary>
    /// Search also matches a query by the meaning of articles' names (title and other names) with a sentence model, so a
    /// reader's "dyspnea" finds "Breathing Problems". English only. It costs some 150 MB of memory and, once after a start,
    /// about 20 ms of one core per article; turn it off on a machine that cannot spare them.
    /// </summary>
    public bool MatchMeaning { get; set; } = true;

    /// <summary>
    /// A folder where parsed files are kept across restarts (<see cref="Build.BuildCache"/>), so a restart with unchanged
    /// content does not parse it again; null or empty for none. Safe to delete at any time.
    /// </summary>
    public string? CachePath { get; set; }

    /// <summary>Codes of warnings the site does not report (see <c>check --list</c>); errors cannot be turned off.</summary>
    public ICollection<string> IgnoreChecks { get; } = new List<string>();
}
