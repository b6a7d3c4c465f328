using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace MuscleSpasmInfo.Browser.Tests;

/// <summary>axe-core finds nothing on any crawled page; in the dark colour scheme its colour rules run again.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class AccessibilityTests(BrowserSite site)
{
    private const string AllRules = "{ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } }";

    // Dark mode changes only colours, so in it only the colour rules need running again.
    private const string ColourRules = "{ runOnly: { type: 'rule', values: ['color-contrast', 'link-in-text-block'] } }";

    private const string RunAxe = """
        async options => {
            const results = await axe.run(document, options);
            return {
                passes: results.passes.length,
                violations: results.violations.map(v => ({
                    id: v.id, impact: v.impact, help: v.help,
                    nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ': ' + (n.failureSummary || '').replace(/\s+/g, ' '))
                }))
            };
        }
        """;

    [Fact]
    public async Task Axe_finds_no_violations_on_any_page_in_light_or_dark_colours()
    {
        var page = await site.NewPageAsync();
        var report = new StringBuilder();
        try
        {
            foreach (var path in site.CheckedPages)
            {
                await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Light });
                await page.OpenAsync(path);
                await page.AddScriptTagAsync(new() { Path = site.Tools.AxeScript });
                await RunAsync(page, path, "light", AllRules, report);
                await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
                await RunAsync(page, path, "dark", ColourRules, report);
            }
        }
        finally
        {
            await page.CloseAllAsync();
        }

        Assert.True(report.Length == 0, "axe-core violations:" + Environment.NewLine + report);
    }

    private static async Task RunAsync(IPage page, string path, string scheme, string options, StringBuilder report)
    {
        var results = await page.EvaluateAsync<JsonElement>($"() => ({RunAxe})({options})");
        Assert.True(results.GetProperty("passes").GetInt32() > 0, $"axe-core checked nothing on {path}");
        foreach (var violation in results.GetProperty("violations").EnumerateArray())
        {
            report.AppendLine($"{path} [{scheme}]: {violation.GetProperty("id").GetString()} ({violation.GetProperty("impact").GetString()}): {violation.GetProperty("help").GetString()}");
            foreach (var node in violation.GetProperty("nodes").EnumerateArray())
            {
                report.AppendLine("    " + node.GetString());
            }
        }
    }
}
