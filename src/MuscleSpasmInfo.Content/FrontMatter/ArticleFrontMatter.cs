namespace MuscleSpasmInfo.Content.FrontMatter;

/// <summary>A named person with an optional credential, such as a medical reviewer.</summary>
public sealed record Person(string Name, string? Credential)
{
    /// <summary>The name followed by the credential, as shown on a page.</summary>
    public string Display => string.IsNullOrEmpty(Credential) ? Name : $"{Name}, {Credential}";
}

/// <summary>A source an article draws on, listed as a numbered reference.</summary>
public sealed record Source(string Title, string? Url, DateOnly? Accessed);

/// <summary>
/// The typed front matter of one article, one property per field of <see cref="FrontMatterSchema"/> (which says what each
/// holds and is for); unknown fields are reported, not kept.
/// </summary>
public sealed record ArticleFrontMatter
{
    public required string Title { get; init; }
    public string? Slug { get; init; }
    public string? Summary { get; init; }
    public DateOnly? Date { get; init; }
    public DateOnly? Updated { get; init; }
    public string? Category { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public IReadOnlyList<string> Related { get; init; } = [];
    public IReadOnlyList<string> AlsoCalled { get; init; } = [];
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public IReadOnlyList<Source> Sources { get; init; } = [];
    public string? Author { get; init; }
    public Person? ReviewedBy { get; init; }
    public DateOnly? LastReviewed { get; init; }
    public DateOnly? NextReview { get; init; }
    public bool Draft { get; init; }
    public string? Guide { get; init; }
    public int? Order { get; init; }
    public string? TranslationOf { get; init; }
    public DateOnly? Translated { get; init; }

    /// <summary>Codes of warnings this file turns off (see <c>check --list</c>).</summary>
    public IReadOnlyList<string> Ignore { get; init; } = [];

    /// <summary>Lines (1-based, in the whole file) where each field was written, for pointing problems at them.</summary>
    public IReadOnlyDictionary<string, int> FieldLines { get; init; } = new Dictionary<string, int>();
}
