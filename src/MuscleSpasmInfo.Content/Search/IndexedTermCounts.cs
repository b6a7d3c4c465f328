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
        Parallel.For(0, leaves.Count, Parallelism.Options(), i => perLeaf[i] = Read(leaves[i].AtomicReader, intern));
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
        // Two walks of the postings: the first counts each document's (term, count) pairs and keeps each field's term
        // strings, the second fills arrays of exactly that size. Lists grown as postings arrive held up to twice the
        // site's postings at once (at 100,000 articles, more than a gigabyte over the finished counts).
        var textSizes = new int[atomic.MaxDoc];
        var nameSizes = new int[atomic.MaxDoc];
        var fieldTerms = new List<string?>[Fields.Length];
        for (var f = 0; f < Fields.Length; f++)
        {
            var (field, textWeight, nameWeight) = Fields[f];
            var terms = fieldTerms[f] = [];
            var chars = new CharsRef(64);
            Walk(atomic, field, live, DocsFlags.NONE, bytes =>
            {
                UnicodeUtil.UTF8toUTF16(bytes, chars);
                // As Terms.Count: one-letter terms say nothing.
                var term = chars.Length < 2 ? null : intern(chars.Chars.AsSpan(chars.Offset, chars.Length));
                terms.Add(term);
                return term is not null;
            }, (_, doc) =>
            {
                textSizes[doc] += textWeight > 0 ? 1 : 0;
                nameSizes[doc] += nameWeight > 0 ? 1 : 0;
            });
        }

        var text = new KeyValuePair<string, int>[]?[atomic.MaxDoc];
        var names = new KeyValuePair<string, int>[]?[atomic.MaxDoc];
        var textFilled = new int[atomic.MaxDoc];
        var nameFilled = new int[atomic.MaxDoc];
        for (var f = 0; f < Fields.Length; f++)
        {
            var (field, textWeight, nameWeight) = Fields[f];
            var terms = fieldTerms[f];
            var ordinal = -1;
            string? term = null;
            Walk(atomic, field, live, DocsFlags.FREQS, _ => (term = terms[++ordinal]) is not null, (docs, doc) =>
            {
                var freq = docs.Freq;
                if (textWeight > 0)
                {
                    (text[doc] ??= new KeyValuePair<string, int>[textSizes[doc]])[textFilled[doc]++] = new(term!, textWeight * freq);
                }

                if (nameWeight > 0)
                {
                    (names[doc] ??= new KeyValuePair<string, int>[nameSizes[doc]])[nameFilled[doc]++] = new(term!, nameWeight * freq);
                }
            });
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

    /// <summary>
    /// Walks one field's terms in order; for each term <paramref name="take"/> accepts, each live document holding it.
    /// </summary>
    private static void Walk(AtomicReader atomic, string field, IBits? live, DocsFlags flags, Func<BytesRef, bool> take, Action<DocsEnum, int> posting)
    {
        var terms = atomic.GetTerms(field);
        if (terms is null)
        {
            return;
        }

        var termsEnum = terms.GetEnumerator();
        DocsEnum? docs = null;
        while (termsEnum.MoveNext())
        {
            if (!take(termsEnum.Term))
            {
                continue;
            }

            docs = termsEnum.Docs(live, docs, flags);
            int doc;
            while ((doc = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
            {
                posting(docs, doc);
            }
        }
    }

    /// <summary>The pairs in ordinal term order, a term in several fields summed into one pair (in place, then trimmed).</summary>
    private static KeyValuePair<string, int>[] Merged(KeyValuePair<string, int>[]? pairs)
    {
        if (pairs is null)
        {
            return [];
        }

        Array.Sort(pairs, (a, b) => string.CompareOrdinal(a.Key, b.Key));
        var at = 0;
        for (var i = 1; i < pairs.Length; i++)
        {
            if (string.Equals(pairs[at].Key, pairs[i].Key, StringComparison.Ordinal))
            {
                pairs[at] = new(pairs[at].Key, pairs[at].Value + pairs[i].Value);
            }
            else
            {
                pairs[++at] = pairs[i];
            }
        }

        if (at + 1 < pairs.Length)
        {
            Array.Resize(ref pairs, at + 1);
        }

        return pairs;
    }
}
