namespace MuscleSpasmInfo.Content.Tests.Languages;

/// <summary>The languages the translation tests declare: English by default, Spanish, and Arabic written right to left.</summary>
internal static class Translations
{
    public static ContentOptions Options(string root)
    {
        var options = new ContentOptions { Path = root, DefaultLanguage = "en" };
        options.Languages.Add(new() { Code = "en", Name = "English", Culture = "en-GB" });
        options.Languages.Add(new() { Code = "es", Name = "Español" });
        options.Languages.Add(new() { Code = "ar", Name = "العربية", Direction = "rtl" });
        return options;
    }

    public static void Declare(ContentOptions options)
    {
        foreach (var language in Options(options.Path).Languages)
        {
            options.Languages.Add(language);
        }

        options.DefaultLanguage = "en";
    }
}
