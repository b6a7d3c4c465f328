namespace MuscleSpasmInfo.Content.Related;

/// <summary>One candidate for an article's related list, with how it scored: what <c>check --related</c> shows.</summary>
/// <param name="Slug">The candidate article.</param>
/// <param name="Score">Its score's parts against the article.</param>
/// <param name="Hub">The candidate's mean similarity to its own closest articles (how general it is).</param>
/// <param name="Ranked">What it is ranked by: <see cref="RelatedScore.Total"/> less the hub penalty.</param>
public sealed record RelatedCandidate(string Slug, RelatedScore Score, double Hub, double Ranked);
