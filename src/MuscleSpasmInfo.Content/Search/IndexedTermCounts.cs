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

    /// <summary>Each live document's counts, by article key; each term's string comes from <paramref name="intern"/>.</summary>
    public static Dictionary<string, ArticleTerms> Read(IndexReader reader, TermInterner intern)
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

    private static List<(string Key, ArticleTerms Terms)> Read(AtomicReader atomic, TermInterner intern)
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
            var chars = new CharsRef(64);
            while (termsEnum.MoveNext())
            {
                UnicodeUtil.UTF8toUTF16(termsEnum.Term, chars);
                if (chars.Length < 2)
                {
                    continue; // as Terms.Count: one-letter terms say nothing
                }

                var term = intern(chars.Chars.AsSpan(chars.Offset, chars.Length));
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
            text[doc] = names[doc] = null; // garbage as soon as merged: all of them at once are a site's worth of postings
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
        var distinct = 1;
        for (var i = 1; i < pairs.Count; i++)
        {
            distinct += string.Equals(pairs[i - 1].Key, pairs[i].Key, StringComparison.Ordinal) ? 0 : 1;
        }

        var merged = new KeyValuePair<string, int>[distinct];
        var at = -1;
        for (var i = 0; i < pairs.Count; i++)
        {
            if (at >= 0 && string.Equals(merged[at].Key, pairs[i].Key, StringComparison.Ordinal))
            {
                merged[at] = new(pairs[i].Key, merged[at].Value + pairs[i].Value);
            }
            else
            {
                merged[++at] = pairs[i];
            }
        }

        return merged;
    }
}
