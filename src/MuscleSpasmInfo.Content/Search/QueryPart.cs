namespace MuscleSpasmInfo.Content.Search;

/// <summary>A piece of the reader's query: loose words, or a phrase the reader put in double quotes.</summary>
/// <param name="Text">The piece's text, without the quotes.</param>
/// <param name="Start">Where <paramref name="Text"/> starts in the cleaned query, to point corrections at the typed word.</param>
/// <param name="IsQuoted">Whether the reader quoted it: then it must match as a phrase and gets no synonyms.</param>
internal sealed record QueryPart(string Text, int Start, bool IsQuoted);
