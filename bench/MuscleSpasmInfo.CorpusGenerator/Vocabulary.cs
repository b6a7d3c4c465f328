namespace MuscleSpasmInfo.CorpusGenerator;

/// <summary>
/// The corpus's words in frequency-rank order, and a sampler that draws them with a Zipf-like distribution, so that
/// term frequencies, document frequencies and hence TF-IDF and search behave as they do on real prose.
/// </summary>
internal sealed class Vocabulary
{
    // Zipf–Mandelbrot: weight(rank) = 1 / (rank + Offset)^Exponent; the offset flattens the head a little, as in real text.
    private const double Exponent = 1.0;
    private const double Offset = 2.7;

    private static readonly string[] Onsets =
        ["b", "c", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "cr", "dr", "gr", "pl", "pr", "st", "tr", "th", "sh", "ch", "sc", "sp"];

    private static readonly string[] Vowels = ["a", "e", "i", "o", "u", "ae", "io", "ou", "ia", "ei"];

    private static readonly string[] Codas = ["", "", "", "n", "r", "s", "l", "x", "m", "t", "nd", "st", "rt"];

    private readonly double[] _cumulative;

    private Vocabulary(string[] words)
    {
        Words = words;
        _cumulative = new double[words.Length];
        var total = 0.0;
        for (var rank = 0; rank < words.Length; rank++)
        {
            total += 1 / Math.Pow(rank + Offset, Exponent);
            _cumulative[rank] = total;
        }
    }

    /// <summary>All words, most frequent first.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>Builds the vocabulary: English function words first, then medical words and pseudo-words shuffled together.</summary>
    public static Vocabulary Create(Random random, int pseudoWordCount)
    {
        var taken = new HashSet<string>(WordLists.Function, StringComparer.Ordinal);
        taken.UnionWith(WordLists.Medical);
        taken.UnionWith(WordLists.YamlReserved);
        var rest = new List<string>(WordLists.Medical.Distinct(StringComparer.Ordinal));
        while (rest.Count < WordLists.Medical.Length + pseudoWordCount)
        {
            var word = PseudoWord(random);
            if (word.Length >= 4 && taken.Add(word))
            {
                rest.Add(word);
            }
        }

        var shuffled = rest.ToArray();
        random.Shuffle(shuffled);
        return new Vocabulary([.. WordLists.Function, .. shuffled]);
    }

    /// <summary>Draws one word with Zipf-like probability.</summary>
    public string Next(Random random)
    {
        var x = random.NextDouble() * _cumulative[^1];
        var index = Array.BinarySearch(_cumulative, x);
        return Words[index < 0 ? Math.Min(~index, Words.Count - 1) : index];
    }

    /// <summary>A word drawn uniformly from ranks <paramref name="from"/> (inclusive) to <paramref name="to"/> (exclusive).</summary>
    public string Uniform(Random random, int from, int to) => Words[random.Next(from, Math.Min(to, Words.Count))];

    private static string PseudoWord(Random random)
    {
        var syllables = random.Next(2, 4);
        var word = string.Empty;
        for (var i = 0; i < syllables; i++)
        {
            word += Onsets[random.Next(Onsets.Length)] + Vowels[random.Next(Vowels.Length)];
        }

        return word + Codas[random.Next(Codas.Length)];
    }
}
