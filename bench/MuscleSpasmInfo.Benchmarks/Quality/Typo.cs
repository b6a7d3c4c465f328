namespace MuscleSpasmInfo.Benchmarks.Quality;

/// <summary>One typing mistake in a title, the same one every run: a reader's near miss for the search measure.</summary>
public static class Typo
{
    /// <summary>
    /// <paramref name="title"/> with one edit (a letter dropped, doubled, swapped with the next or replaced) in its longest
    /// word of four or more letters; the title unchanged when it has no such word.
    /// </summary>
    public static string In(string title, int seed)
    {
        var words = title.Split(' ');
        var longestLength = words.Max(w => w.Length);
        var longest = Array.FindIndex(words, w => w.Length >= 4 && w.Length == longestLength);
        if (longest < 0)
        {
            return title;
        }

        var random = new Random(seed);
        var word = words[longest];
        var at = random.Next(1, word.Length - 1); // the first letter is rarely the one mistyped
        words[longest] = random.Next(4) switch
        {
            0 => word.Remove(at, 1),
            1 => word.Insert(at, word[at].ToString()),
            2 => string.Concat(word.AsSpan(0, at), word.AsSpan(at + 1, 1), word.AsSpan(at, 1), word.AsSpan(at + 2)),
            _ when char.IsAsciiLetterLower(word[at]) => string.Concat(word.AsSpan(0, at), ((char)('a' + ((word[at] - 'a' + 1) % 26))).ToString(), word.AsSpan(at + 1)),
            _ => word.Remove(at, 1),
        };
        return string.Join(' ', words);
    }
}
