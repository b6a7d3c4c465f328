namespace MuscleSpasmInfo.Content.Search;

/// <summary>A typed word that no article contains, the span it covers in the cleaned query, and the indexed term most like it.</summary>
internal sealed record Correction(int Start, int End, string Term);
