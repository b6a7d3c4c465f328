using Lucene.Net.Index;
using Lucene.Net.Search;

namespace MuscleSpasmInfo.Content.Search;

/// <summary>
/// Turns a cleaned query into a Lucene query. Each loose word is a concept that should match (any of them may);
/// a concept matches through its own term, its synonyms (weighted lower), or, for a word no article contains,
/// the nearest indexed terms (weighted lower still). Words that form a synonym entry ("charley horse") also count as
/// a phrase, and several loose words earn a bonus when they stand near one another.
/// </summary>
/// <remarks>
/// Synonyms are applied here, at query time, not while indexing: multi-word synonyms injected into an index stream
/// break phrase positions in Lucene 4.8, index statistics stay those of the real text, the typed word can weigh more
/// than its synonyms, and a change to synonyms.txt needs no re-analysis of every article.
/// </remarks>
internal sealed class QueryPlanner(SearchAnalyzer analyzer, SynonymTable synonyms, IndexReader reader)
{
    /// <summary>At most this many words of a query are searched; the rest cannot change a 200-character query's meaning much.</summary>
    public const int MaxTerms = 32;

    private const float SynonymWeight = 0.5f;
    private const float FuzzyWeight = 0.6f;
    private const float PhraseWeight = 1.5f;
    private const float ProximityWeight = 0.5f;
    private const int SynonymSlop = 2;
    private const int ProximitySlop = 3;

    // A document matching a concept in several fields gains a little for each beyond the best, not the full sum,
    // so a word repeated in title, summary and body cannot outweigh a second word of the query.
    private const float FieldTieBreaker = 0.2f;
    private const float AlternativeTieBreaker = 0.1f;

    /// <summary>Plans the query; a query with no searchable words gives <see cref="QueryPlan.Nothing"/>.</summary>
    public QueryPlan Plan(string query)
    {
        var concepts = new List<List<Alternative>>();
        var corrections = new List<Correction>();
        var loose = new List<AnalyzedToken>();
        var budget = MaxTerms;
        foreach (var part in QueryText.Split(query))
        {
            var tokens = analyzer.Tokenize(part.Text).Take(budget)
                .Select(t => t with { Start = t.Start + part.Start, End = t.End + part.Start })
                .ToList();
            budget -= tokens.Count;
            if (part.IsQuoted)
            {
                AddQuoted(tokens, concepts, corrections);
            }
            else
            {
                loose.AddRange(tokens);
            }
        }

        AddLoose(loose, concepts, corrections);
        var live = concepts.Where(c => c.Count > 0).ToList();
        if (live.Count == 0)
        {
            return QueryPlan.Nothing;
        }

        var top = new BooleanQuery();
        foreach (var concept in live)
        {
            top.Add(ToQuery(concept), Occur.SHOULD);
        }

        var alternatives = live.SelectMany(c => c).ToList();
        var words = alternatives.Where(a => a.Terms.Count == 1).Select(a => a.Terms[0]).ToHashSet(StringComparer.Ordinal);
        var phrases = alternatives.Where(a => a.Terms.Count > 1).ToList();
        return new QueryPlan(top, words, phrases, corrections);
    }

    private void AddQuoted(List<AnalyzedToken> tokens, List<List<Alternative>> concepts, List<Correction> corrections)
    {
        if (tokens.Count > 1 && tokens.All(t => IsKnown(t.Term)))
        {
            var first = tokens[0].Position;
            concepts.Add([new Alternative([.. tokens.Select(t => t.Term)], [.. tokens.Select(t => t.Position - first)], 1f)]);
            return;
        }

        // A quoted phrase with a word no article has cannot match as written: search its words one by one instead.
        foreach (var token in tokens)
        {
            concepts.Add(WordConcept(token, [], corrections));
        }
    }

    private void AddLoose(List<AnalyzedToken> tokens, List<List<Alternative>> concepts, List<Correction> corrections)
    {
        var terms = tokens.Select(t => t.Term).ToList();
        var coveredWhole = false;
        for (var i = 0; i < tokens.Count;)
        {
            var (length, alternatives) = LongestSynonymAt(terms, i);
            if (length <= 1)
            {
                concepts.Add(WordConcept(tokens[i], alternatives, corrections));
                i++;
                continue;
            }

            for (var j = i; j < i + length; j++)
            {
                concepts.Add(WordConcept(tokens[j], [], corrections));
            }

            var span = tokens.GetRange(i, length);
            concepts.Add([
                new Alternative([.. span.Select(t => t.Term)], [.. span.Select(t => t.Position - span[0].Position)], PhraseWeight),
                .. alternatives.Select(a => Alternative.Phrase(a, SynonymWeight, SynonymSlop)),
            ]);
            coveredWhole |= length == tokens.Count;
            i += length;
        }

        if (tokens.Count > 1 && !coveredWhole && terms.All(IsKnown))
        {
            concepts.Add([Alternative.Phrase(terms, ProximityWeight, ProximitySlop)]);
        }
    }

    // Greedy, longest first, so "nocturnal leg cramps" is taken as one entry rather than as "leg cramp" plus a word.
    private (int Length, IReadOnlyList<string[]> Alternatives) LongestSynonymAt(List<string> terms, int start)
    {
        for (var length = Math.Min(synonyms.LongestEntry, terms.Count - start); length > 0; length--)
        {
            var alternatives = synonyms.AlternativesFor(terms.GetRange(start, length));
            if (alternatives.Count > 0)
            {
                return (length, alternatives);
            }
        }

        return (1, []);
    }

    private List<Alternative> WordConcept(AnalyzedToken token, IReadOnlyList<string[]> synonymsOfWord, List<Correction> corrections)
    {
        if (IsKnown(token.Term))
        {
            return [
                Alternative.Term(token.Term, 1f),
                .. synonymsOfWord.Select(s => Alternative.Phrase(s, SynonymWeight, SynonymSlop)),
            ];
        }

        var candidates = FuzzyCandidates.For(reader, token.Term);
        if (candidates.Count > 0)
        {
            corrections.Add(new Correction(token.Start, token.End, candidates[0].Term));
        }

        return [.. candidates.Select(c => Alternative.Term(c.Term, FuzzyWeight * c.Similarity))];
    }

    private bool IsKnown(string term) => SearchFields.Weighted.Any(f => reader.DocFreq(new Term(f.Name, term)) > 0);

    private static DisjunctionMaxQuery ToQuery(List<Alternative> concept)
    {
        if (concept.Count == 1)
        {
            return ToQuery(concept[0]);
        }

        var any = new DisjunctionMaxQuery(AlternativeTieBreaker);
        foreach (var alternative in concept)
        {
            any.Add(ToQuery(alternative));
        }

        return any;
    }

    private static DisjunctionMaxQuery ToQuery(Alternative alternative)
    {
        var anyField = new DisjunctionMaxQuery(FieldTieBreaker) { Boost = alternative.Weight };
        foreach (var (field, boost) in SearchFields.Weighted)
        {
            Query query;
            if (alternative.Terms.Count == 1)
            {
                query = new TermQuery(new Term(field, alternative.Terms[0]));
            }
            else
            {
                var phrase = new PhraseQuery { Slop = alternative.Slop };
                for (var i = 0; i < alternative.Terms.Count; i++)
                {
                    phrase.Add(new Term(field, alternative.Terms[i]), alternative.Positions[i]);
                }

                query = phrase;
            }

            query.Boost = boost;
            anyField.Add(query);
        }

        return anyField;
    }
}
