namespace MuscleSpasmInfo.Content.Search;

/// <summary>One analysed word: its indexed form (lower-cased, stemmed), its position and where it sits in the source text.</summary>
internal readonly record struct AnalyzedToken(string Term, int Position, int Start, int End);
