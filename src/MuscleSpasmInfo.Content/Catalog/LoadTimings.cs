namespace MuscleSpasmInfo.Content.Catalog;

/// <summary>Where the time of one build went (the catalog's lists take the rest), and how much of it was computed rather than reused from the last build.</summary>
/// <param name="Parse">Listing, reading and parsing files.</param>
/// <param name="Check">Categories, slugs, articles, aliases and site checks.</param>
/// <param name="Files">How many Markdown files the build covered.</param>
/// <param name="Parsed">How many of them it read and parsed.</param>
/// <param name="Checked">How many files it checked against the rest of the site.</param>
/// <param name="Cached">How many of the files it read were taken from the build cache instead of being parsed.</param>
public sealed record LoadTimings(TimeSpan Parse, TimeSpan Check, int Files, int Parsed, int Checked, int Cached = 0);
