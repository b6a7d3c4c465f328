using System.Globalization;
using System.Text;

namespace MuscleSpasmInfo.CorpusGenerator;

/// <summary>
/// The corpus decided up front from one seed, sequentially: vocabulary, categories' topic words, the tag pool, and each
/// article's slug, title, date, tags and links to others. Writing bodies from it can then run in any order.
/// </summary>
internal sealed class CorpusPlan
{
    private const int PseudoWordCount = 3000;
    private const int TagPoolSize = 200;
    private const int TopicWordsPerCategory = 60;
    private const int TagsPerCategory = 20;
    private const int ArticlesPerGuide = 250;
    private const int SynonymGroupCount = 60;

    // Generated dates fall in a fixed past range: the engine hides future-dated articles, and no clock is read.
    private static readonly DateOnly FirstDate = new(2008, 1, 1);
    private static readonly DateOnly LastDate = new(2025, 6, 30);

    private CorpusPlan(
        Vocabulary vocabulary,
        IReadOnlyList<IReadOnlyList<string>> topicWords,
        IReadOnlyList<ArticlePlan> articles,
        IReadOnlyList<IReadOnlyList<string>> synonymGroups)
    {
        Vocabulary = vocabulary;
        TopicWords = topicWords;
        Articles = articles;
        SynonymGroups = synonymGroups;
    }

    public Vocabulary Vocabulary { get; }

    /// <summary>Per category (by index into <see cref="WordLists.Categories"/>), the words its articles use more than others do.</summary>
    public IReadOnlyList<IReadOnlyList<string>> TopicWords { get; }

    public IReadOnlyList<ArticlePlan> Articles { get; }

    /// <summary>Groups of words for synonyms.txt.</summary>
    public IReadOnlyList<IReadOnlyList<string>> SynonymGroups { get; }

    /// <summary>Plans <paramref name="count"/> articles from <paramref name="seed"/>.</summary>
    public static CorpusPlan Create(int count, int seed)
    {
        var random = new Random(seed);
        var vocabulary = Vocabulary.Create(random, PseudoWordCount);
        var words = vocabulary.Words.Count;
        var functionWords = WordLists.Function.Length;

        var tagPool = TagPool(random);
        var categories = WordLists.Categories.Length;
        var topicWords = new IReadOnlyList<string>[categories];
        var categoryTags = new IReadOnlyList<string>[categories];
        for (var c = 0; c < categories; c++)
        {
            // Mid-frequency words: frequent enough to recur, rare enough to carry weight in TF-IDF.
            topicWords[c] = [.. Enumerable.Range(0, TopicWordsPerCategory).Select(_ => vocabulary.Uniform(random, functionWords, 1500)).Distinct(StringComparer.Ordinal)];
            categoryTags[c] = [.. Enumerable.Range(0, TagsPerCategory).Select(_ => tagPool[random.Next(tagPool.Count)]).Distinct(StringComparer.Ordinal)];
        }

        var slugs = new HashSet<string>(StringComparer.Ordinal);
        var articles = new ArticlePlan[count];
        var days = LastDate.DayNumber - FirstDate.DayNumber;
        for (var i = 0; i < count; i++)
        {
            var category = random.Next(categories);
            var title = Title(random, vocabulary, topicWords[category]);
            var slug = UniqueSlug(SlugOf(title), slugs);
            var tagCount = random.Next(2, 6);
            var tags = new List<string>(tagCount);
            while (tags.Count < tagCount)
            {
                var tag = random.NextDouble() < 0.6 ? categoryTags[category][random.Next(categoryTags[category].Count)] : tagPool[random.Next(tagPool.Count)];
                if (!tags.Contains(tag, StringComparer.Ordinal))
                {
                    tags.Add(tag);
                }
            }

            articles[i] = new ArticlePlan
            {
                Index = i,
                Slug = slug,
                Title = title,
                Date = FirstDate.AddDays(random.Next(days + 1)),
                Category = category,
                Tags = tags,
                Keywords = [.. Enumerable.Range(0, 6).Select(_ => vocabulary.Uniform(random, 300, words))],
                AlsoCalled = random.NextDouble() < 0.2
                    ? [.. Enumerable.Range(0, random.Next(1, 3)).Select(_ => Phrase(random, vocabulary, 1, 3))]
                    : [],
                BodySeed = random.Next(),
            };
        }

        for (var i = 0; i < count && count > 1; i++)
        {
            if (random.NextDouble() < 0.15)
            {
                articles[i] = articles[i] with
                {
                    Related = [.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => OtherThan(random, i, count)).Distinct().Select(j => articles[j].Slug)],
                };
            }
        }

        // A few small guides: the first article of each block of 250 is a guide's landing page, the next few its pages.
        for (var start = 0; start + 3 <= count; start += ArticlesPerGuide)
        {
            var size = Math.Min(random.Next(3, 6), count - start);
            var guide = articles[start].Slug;
            for (var order = 1; order <= size; order++)
            {
                articles[start + order - 1] = articles[start + order - 1] with { Guide = guide, Order = order };
            }
        }

        var synonymGroups = Enumerable.Range(0, SynonymGroupCount)
            .Select(_ => (IReadOnlyList<string>)[.. Enumerable.Range(0, random.Next(2, 5)).Select(_ => vocabulary.Uniform(random, functionWords, 2000)).Distinct(StringComparer.Ordinal)])
            .Where(g => g.Count > 1)
            .ToList();
        return new CorpusPlan(vocabulary, topicWords, articles, synonymGroups);
    }

    private static int OtherThan(Random random, int self, int count)
    {
        var other = random.Next(count - 1);
        return other >= self ? other + 1 : other;
    }

    private static List<string> TagPool(Random random)
    {
        var medical = WordLists.Medical.Distinct(StringComparer.Ordinal).ToArray();
        var pool = new List<string>(TagPoolSize);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (pool.Count < TagPoolSize)
        {
            // Mostly one word, like "stretching"; a third are two words, like "night cramps".
            var tag = random.NextDouble() < 0.66
                ? medical[random.Next(medical.Length)]
                : $"{medical[random.Next(medical.Length)]} {medical[random.Next(medical.Length)]}";
            if (seen.Add(SlugOf(tag)))
            {
                pool.Add(tag);
            }
        }

        return pool;
    }

    private static string Title(Random random, Vocabulary vocabulary, IReadOnlyList<string> topic)
    {
        var count = random.Next(2, 6);
        var builder = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            var roll = random.NextDouble();
            var word = roll < 0.45 ? WordLists.Medical[random.Next(WordLists.Medical.Length)]
                : roll < 0.7 ? topic[random.Next(topic.Count)]
                : vocabulary.Uniform(random, WordLists.Function.Length, vocabulary.Words.Count);
            if (i > 0)
            {
                builder.Append(' ');
            }

            builder.Append(Capitalise(word));
        }

        return builder.ToString();
    }

    /// <summary>A lower-case phrase of <paramref name="min"/> to <paramref name="max"/> (exclusive) words.</summary>
    private static string Phrase(Random random, Vocabulary vocabulary, int min, int max) =>
        string.Join(' ', Enumerable.Range(0, random.Next(min, max)).Select(_ => random.NextDouble() < 0.5
            ? WordLists.Medical[random.Next(WordLists.Medical.Length)]
            : vocabulary.Uniform(random, WordLists.Function.Length, 1000)));

    private static string UniqueSlug(string slug, HashSet<string> taken)
    {
        var candidate = slug;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            candidate = string.Create(CultureInfo.InvariantCulture, $"{slug}-{n}");
        }

        return candidate;
    }

    /// <summary>Generated words are ASCII letters, so a slug is the lower-cased words joined by hyphens.</summary>
    internal static string SlugOf(string text) =>
        string.Join('-', text.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    internal static string Capitalise(string word) =>
        word.Length == 0 ? word : string.Concat(char.ToUpperInvariant(word[0]).ToString(), word.AsSpan(1));
}
