using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using MuscleSpasmInfo.Content.Related;

namespace MuscleSpasmInfo.Content.Search;

/// <summary>
/// Related content's term counts read back from a search index instead of analysing every article a second time. The
/// index's fields are analysed by the same chain <see cref="Related.Terms.Count"/> uses, so an article's text counts are its
/// title field's counts twice plus its summary's and body's, and its name counts its title's plus its other names'; a
/// test holds the two ways to the same counts. Walking the index's postings once is a fraction of the cost of analysing
/// ten thousand articles again.
/// </summary>
internal static class IndexedTermCounts
{
    private static readonly (string Field, int TextWeight, int NameWeight)[] Fields =
    [
        (SearchFields.Title, 2, 1),
        (SearchFields.Summary, 1, 0),
        (SearchFields.Body, 1, 0),
        (SearchFields.AlsoCalled, 0, 1),
    ];

    /// <summary>Each live document's counts, by article key; each term string passes through <paramref name="intern"/>.</summary>
    public static Dictionary<string, ArticleTerms> Read(IndexReader reader, Func<string, string> intern)
    {
        // Each segment on a core of its own: a first build's index has one segment per core (SearchIndexWriter.AddAll).
        var leaves = reader.Leaves;
        var perLeaf = new List<(string Key, ArticleTerms Terms)>[leaves.Count];
        Parallel.For(0, leaves.Count, i => perLeaf[i] = Read(leaves[i].AtomicReader, intern));
        var result = new Dictionary<string, ArticleTerms>(reader.NumDocs, StringComparer.Ordinal);
        foreach (var (key, terms) in perLeaf.SelectMany(l => l))
        {
            result[key] = terms;
        }

        return result;
    }

    private static List<(string Key, ArticleTerms Terms)> Read(AtomicReader atomic, Func<string, string> intern)
    {
        var live = atomic.LiveDocs;
        // Each document's (term, count) pairs as the fields' terms come, in term order within a field; put in order below.
        var text = new List<KeyValuePair<string, int>>?[atomic.MaxDoc];
        var names = new List<KeyValuePair<string, int>>?[atomic.MaxDoc];
        foreach (var (field, textWeight, nameWeight) in Fields)
        {
            var terms = atomic.GetTerms(field);
            if (terms is null)
            {
                continue;
            }

            var termsEnum = terms.GetEnumerator();
            DocsEnum? docs = null;
            while (termsEnum.MoveNext())
            {
                var chars = termsEnum.Term.Utf8ToString();
                if (chars.Length < 2)
                {
                    continue; // as Terms.Count: one-letter terms say nothing
                }

                var term = intern(chars);
                docs = termsEnum.Docs(live, docs, DocsFlags.FREQS);
                int doc;
                while ((doc = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
                {
                    var freq = docs.Freq;
                    if (textWeight > 0)
                    {
                        (text[doc] ??= []).Add(new(term, textWeight * freq));
                    }

                    if (nameWeight > 0)
                    {
                        (names[doc] ??= []).Add(new(term, nameWeight * freq));
                    }
                }
            }
        }

        var slugs = atomic.GetBinaryDocValues(SearchFields.Slug);
        var slug = new BytesRef();
        var result = new List<(string, ArticleTerms)>(atomic.NumDocs);
        for (var doc = 0; doc < atomic.MaxDoc; doc++)
        {
            if (live is not null && !live.Get(doc))
            {
                continue;
            }

            slugs.Get(doc, slug);
            result.Add((slug.Utf8ToString(), new ArticleTerms(Merged(text[doc]), Merged(names[doc]))));
        }

        return result;
    }

    /// <summary>The pairs in ordinal term order, a term in several fields summed into one pair.</summary>
    private static KeyValuePair<string, int>[] Merged(List<KeyValuePair<string, int>>? pairs)
    {
        if (pairs is null)
        {
            return [];
        }

        pairs.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        var merged = new List<KeyValuePair<string, int>>(pairs.Count);
        foreach (var pair in pairs)
        {
            if (merged.Count > 0 && string.Equals(merged[^1].Key, pair.Key, StringComparison.Ordinal))
            {
                merged[^1] = new(pair.Key, merged[^1].Value + pair.Value);
            }
            else
            {
                merged.Add(pair);
            }
        }

        return [.. merged];
    }
}
