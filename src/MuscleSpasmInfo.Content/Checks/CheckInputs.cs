namespace MuscleSpasmInfo.Content.Checks;

/// <summary>
/// What a check reads. It decides the build stage that runs the check, and so what makes the build run it again: a
/// check of the file alone runs with the parse (again when the file changes); one that reads the categories, with the
/// accept stage; one that reads other files, media or the date, with the site checks, whose key is made of exactly
/// those inputs (<see cref="ArticleChecks.InputsOf"/>).
/// </summary>
[Flags]
public enum CheckInputs
{
    /// <summary>The file's own bytes, front matter and body.</summary>
    File = 1,

    /// <summary>categories.yml.</summary>
    Categories = 2,

    /// <summary>Which file serves each slug, and their headings.</summary>
    Slugs = 4,

    /// <summary>The files under media/.</summary>
    Media = 8,

    /// <summary>Today's date, in the site's time zone.</summary>
    Today = 16,

    /// <summary>The site's configuration (Content options).</summary>
    Options = 32,

    /// <summary>The snapshot served before this build (the last good version of a file, the previous owner of a slug).</summary>
    Previous = 64,
}
