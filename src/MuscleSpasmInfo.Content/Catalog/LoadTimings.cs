namespace MuscleSpasmInfo.Content.Catalog;

/// <summary>Where the time of one load went: reading and parsing files, site-wide checks, building the catalog.</summary>
public sealed record LoadTimings(TimeSpan Parse, TimeSpan Check, TimeSpan Catalog);
