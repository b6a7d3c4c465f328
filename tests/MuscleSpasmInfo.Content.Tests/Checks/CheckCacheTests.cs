using MuscleSpasmInfo.Content.Catalog;
using MuscleSpasmInfo.Content.Markdown;

namespace MuscleSpasmInfo.Content.Tests.Checks;

/// <summary>Check results remembered between loads must never outlive what they depend on.</summary>
public sealed class CheckCacheTests
{
    [Fact]
    public void A_link_warning_appears_on_an_unchanged_file_when_its_target_heading_goes_away()
    {
        using var content = new TempContent();
        content.Write("categories.yml", "- slug: a\n  name: A\n");
        content.Article("linking.md", "title: Linking\ncategory: a", "See [the part](/articles/target#the-part).");
        var target = content.Article("target.md", "title: Target\ncategory: a", "## The part\n\nText.");
        var loader = new ContentLoader(new ContentOptions { Path = content.Root }, new MarkdownRenderer());

        var before = loader.Load();
        File.WriteAllText(target, "---\ntitle: Target\ncategory: a\n---\n\n## Another part\n\nText.\n");
        var after = loader.Load();
        File.Delete(target);
        var gone = loader.Load();

        Assert.DoesNotContain(before.Problems, p => p.Path == "linking.md" && p.Message.StartsWith("link to a missing", StringComparison.Ordinal));
        Assert.Contains(after.Problems, p => p.Path == "linking.md" && p.Message.StartsWith("link to a missing heading", StringComparison.Ordinal));
        Assert.Contains(gone.Problems, p => p.Path == "linking.md" && p.Message.StartsWith("link to a missing article", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_image_warning_clears_when_the_image_is_added()
    {
        using var content = new TempContent();
        content.Write("categories.yml", "- slug: a\n  name: A\n");
        content.Article("pictured.md", "title: Pictured\ncategory: a", "![A leg](/media/leg.png)");
        Directory.CreateDirectory(Path.Combine(content.Root, "media"));
        var loader = new ContentLoader(new ContentOptions { Path = content.Root }, new MarkdownRenderer());

        var before = loader.Load();
        content.Write("media/leg.png", "not really a png, but a file");
        var after = loader.Load();

        Assert.Contains(before.Problems, p => p.Message.StartsWith("image not found", StringComparison.Ordinal));
        Assert.DoesNotContain(after.Problems, p => p.Message.StartsWith("image not found", StringComparison.Ordinal));
    }
}
