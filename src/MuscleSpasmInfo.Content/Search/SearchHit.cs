using MuscleSpasmInfo.Content.Catalog;

namespace MuscleSpasmInfo.Content.Search;

/// <summary>One article that matched a search, with its relevance and a snippet to show under its title.</summary>
/// <param name="Article">The matching article.</param>
/// <param name="Score">Relevance; only comparable between hits of the same search.</param>
/// <param name="SnippetHtml">Text from the article with matched words in <c>&lt;mark&gt;</c>; everything else is HTML-escaped, so it is safe to write raw.</param>
public sealed record SearchHit(Article Article, float Score, string SnippetHtml);
