using System.Text;
using System.Text.RegularExpressions;

namespace MuscleSpasmInfo.Content;

/// <summary>What a slug may look like, and how to make one from a name.</summary>
public static partial class Slugs
{
    /// <summary>True for lower-case letters and digits in hyphen-separated runs, the only form used in URLs.</summary>
    public static bool IsValid(string slug) => slug.Length is > 0 and <= 200 && SlugPattern().IsMatch(slug);

    /// <summary>Makes a slug from free text, such as a tag: "Back pain" becomes "back-pain".</summary>
    public static string From(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingHyphen = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingHyphen = false;
            }
            else if (char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                pendingHyphen = true;
            }
        }

        return builder.ToString();
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
