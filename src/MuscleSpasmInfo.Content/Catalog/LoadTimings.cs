namespace MuscleSpasmInfo.Content.Catalog;

/// <summary>Where the time of one load went, and whether it was a full load or a patch of the last snapshot.</summary>
/// <param name="Parse">Reading and parsing files.</param>
/// <param name="Check">Site-wide checks and resolving slugs, links and aliases.</param>
/// <param name="Catalog">Building (or patching) the snapshot's lists.</param>
/// <param name="Patched">True when only changed files were read and the previous snapshot was patched, not rebuilt.</param>
public sealed record LoadTimings(TimeSpan Parse, TimeSpan Check, TimeSpan Catalog, bool Patched = false);
