namespace MuscleSpasmInfo.Content.Related;

/// <summary>
/// An article's analysed term counts as related-content scoring reads them, each in term order: its text (title twice,
/// summary, body) and its names (title and other names). See <see cref="RelatedDocument"/>.
/// </summary>
/// <param name="Text">The counts of its text.</param>
/// <param name="Names">The counts of its names.</param>
public readonly record struct ArticleTerms(KeyValuePair<string, int>[] Text, KeyValuePair<string, int>[] Names);

/// <summary>
/// Term counts of many articles at once from a source cheaper than analysing each (a search index that holds them),
/// each term's string taken from <paramref name="intern"/>; an article it cannot count is left out, to be analysed.
/// </summary>
public delegate IReadOnlyDictionary<string, ArticleTerms> BulkTermCounts(IReadOnlyList<Catalog.Article> articles, TermInterner intern);

/// <summary>The one string of a term, made only the first time the term is seen: a site has millions of words and far fewer terms.</summary>
public delegate string TermInterner(ReadOnlySpan<char> term);
