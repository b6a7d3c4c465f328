namespace MuscleSpasmInfo.Content.Related;

/// <summary>An index made from the one before by re-reading a few changed documents, sharing everything else.</summary>
public sealed partial class RelatedContentIndex
{
    /// <summary>
    /// This index with new versions of some of its documents (same slugs). Only their vectors and the postings, tags and
    /// categories they touch are rebuilt; the lists they do not touch are shared, never changed. The result answers
    /// exactly as an index built with this one as <c>previous</c> from all the documents would.
    /// </summary>
    public RelatedContentIndex WithChanged(IReadOnlyList<RelatedDocument> changed)
    {
        ArgumentNullException.ThrowIfNull(changed);
        return new RelatedContentIndex(this, changed);
    }

    private RelatedContentIndex(RelatedContentIndex previous, IReadOnlyList<RelatedDocument> changed)
    {
        _options = previous._options;
        _bySlug = previous._bySlug;
        _documents = [.. previous._documents];
        _vectors = [.. previous._vectors];
        _documentFrequency = new Dictionary<string, int>(previous._documentFrequency, StringComparer.Ordinal);
        _byFingerprint = new Dictionary<string, KeyValuePair<string, double>[]>(previous._byFingerprint, StringComparer.Ordinal);
        _byTag = new Dictionary<string, List<int>>(previous._byTag, StringComparer.OrdinalIgnoreCase);
        _byCategory = new Dictionary<string, List<int>>(previous._byCategory, StringComparer.Ordinal);
        _byTerm = new Dictionary<string, List<(int Doc, double Weight)>>(previous._byTerm, StringComparer.Ordinal);
        var copies = new CopyOnWrite();

        var ids = new int[changed.Count];
        var known = new KeyValuePair<string, double>[]?[changed.Count];
        var counts = new Dictionary<string, int>?[changed.Count];
        for (var k = 0; k < changed.Count; k++)
        {
            ids[k] = _bySlug.TryGetValue(changed[k].Slug, out var id)
                ? id
                : throw new ArgumentException($"'{changed[k].Slug}' is not a document of this index", nameof(changed));

            // A version this index already knows (an edit undone) keeps its vector and is not counted again.
            known[k] = changed[k].Fingerprint is { } fingerprint ? previous._byFingerprint.GetValueOrDefault(fingerprint) : null;
            counts[k] = known[k] is null ? Terms.Count(changed[k].Text) : null;
            foreach (var term in counts[k]?.Keys ?? Enumerable.Empty<string>())
            {
                _documentFrequency[term] = _documentFrequency.GetValueOrDefault(term) + 1;
            }
        }

        // Out first, in second: two changed documents may share a tag or a term, and each list is copied once.
        foreach (var id in ids)
        {
            var old = _documents[id];
            foreach (var tag in old.Tags.Distinct(StringComparer.OrdinalIgnoreCase))
            {
                copies.Of(_byTag, tag).Remove(id);
            }

            if (old.Category is not null)
            {
                copies.Of(_byCategory, old.Category).Remove(id);
            }

            foreach (var (term, _) in _vectors[id])
            {
                copies.Of(_byTerm, term).RemoveAll(p => p.Doc == id);
            }

            if (old.Fingerprint is not null)
            {
                _byFingerprint.Remove(old.Fingerprint);
            }
        }

        for (var k = 0; k < changed.Count; k++)
        {
            var id = ids[k];
            var doc = _documents[id] = changed[k] with { Text = string.Empty };
            foreach (var tag in doc.Tags.Distinct(StringComparer.OrdinalIgnoreCase))
            {
                var members = copies.Of(_byTag, tag);
                var at = members.BinarySearch(id, Comparer<int>.Create(NewestFirst));
                members.Insert(at >= 0 ? at : ~at, id);
            }

            if (doc.Category is not null)
            {
                copies.Of(_byCategory, doc.Category).Add(id);
            }

            _vectors[id] = known[k] ?? Vector(counts[k]!, _documentFrequency, _documents.Length, _options.TermsPerDocument);
            foreach (var (term, weight) in _vectors[id])
            {
                copies.Of(_byTerm, term).Add((id, weight));
            }

            if (doc.Fingerprint is not null)
            {
                _byFingerprint[doc.Fingerprint] = _vectors[id];
            }
        }

        // An index built from scratch has no key without documents.
        copies.RemoveEmpty(_byTag);
        copies.RemoveEmpty(_byCategory);
        copies.RemoveEmpty(_byTerm);
    }

    /// <summary>Copies a shared list the first time this build changes it, so the previous index never sees a change.</summary>
    private sealed class CopyOnWrite
    {
        private readonly Dictionary<object, string> _keyOfCopy = new(ReferenceEqualityComparer.Instance);

        public List<T> Of<T>(Dictionary<string, List<T>> index, string key)
        {
            if (index.TryGetValue(key, out var list) && _keyOfCopy.ContainsKey(list))
            {
                return list;
            }

            List<T> copy = list is null ? [] : [.. list];
            _keyOfCopy[copy] = key;
            index[key] = copy;
            return copy;
        }

        public void RemoveEmpty<T>(Dictionary<string, List<T>> index)
        {
            foreach (var (list, key) in _keyOfCopy)
            {
                if (list is List<T> { Count: 0 } && index.TryGetValue(key, out var held) && ReferenceEquals(held, list))
                {
                    index.Remove(key);
                }
            }
        }
    }
}
