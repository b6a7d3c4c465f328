namespace MuscleSpasmInfo.Browser.Tests;

/// <summary>With the site's Content-Security-Policy enforced, no page breaks it: nothing inline, nothing from elsewhere.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class ContentSecurityPolicyTests(BrowserSite site)
{
    [Fact]
    public async Task No_page_triggers_a_content_security_policy_violation()
    {
        var page = await site.NewPageAsync(bypassCsp: false);
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add($"{page.Url}: {message.Text}");
            }
        };
        try
        {
            foreach (var path in site.CheckedPages)
            {
                await page.OpenAsync(path);
            }
        }
        finally
        {
            await page.CloseAllAsync();
        }

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
        Assert.True(site.Pages.Count > 10);
    }
}
