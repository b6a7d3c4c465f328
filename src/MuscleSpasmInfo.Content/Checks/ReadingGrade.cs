namespace MuscleSpasmInfo.Content.Checks;

/// <summary>The Flesch-Kincaid grade level of English text: 0.39 × words per sentence + 11.8 × syllables per word − 15.59.</summary>
public static class ReadingGrade
{
    /// <summary>The grade of <paramref name="text"/>, or null when it has no words to measure.</summary>
    public static double? Of(string text)
    {
        var words = 0;
        var syllables = 0;
        var sentences = 0;
        var wordStart = -1;
        var sawWordSinceSentenceEnd = false;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (IsLetter(c) || (c == '\'' && wordStart >= 0))
            {
                if (wordStart < 0)
                {
                    wordStart = i;
                }

                continue;
            }

            if (wordStart >= 0)
            {
                words++;
                syllables += Syllables(text.AsSpan(wordStart, i - wordStart));
                wordStart = -1;
                sawWordSinceSentenceEnd = true;
            }

            // Headings, list items and paragraphs end at a newline without a full stop; count them as sentences too.
            if ((c is '.' or '!' or '?' or '\n') && sawWordSinceSentenceEnd)
            {
                sentences++;
                sawWordSinceSentenceEnd = false;
            }
        }

        if (sawWordSinceSentenceEnd)
        {
            sentences++;
        }

        return words == 0 ? null : (0.39 * words / sentences) + (11.8 * syllables / words) - 15.59;
    }

    /// <summary>Counts vowel groups, less a silent final 'e': the usual estimate, good enough for a warning.</summary>
    internal static int Syllables(ReadOnlySpan<char> word)
    {
        var count = 0;
        var previousVowel = false;
        for (var i = 0; i < word.Length; i++)
        {
            var vowel = Lower(word[i]) is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
            if (vowel && !previousVowel)
            {
                count++;
            }

            previousVowel = vowel;
        }

        if (word.Length > 2 && Lower(word[^1]) == 'e' && Lower(word[^2]) != 'l' && count > 1)
        {
            count--;
        }

        return Math.Max(1, count);
    }

    // Every article is measured at every full load: plain English letters take the quick path, anything else the full one.
    private static bool IsLetter(char c) => char.IsAsciiLetter(c) || (c > '\x7f' && char.IsLetter(c));

    private static char Lower(char c) => char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c > '\x7f' ? char.ToLowerInvariant(c) : c;
}
