using System.Text.Json;

namespace MuscleSpasmInfo.Browser.Tests;

/// <summary>A reader with only a keyboard can skip to the content, reach every control and always see where focus is.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class KeyboardTests(BrowserSite site)
{
    // Marks every element that should be in the tab order, in document order, records how it looks unfocused, and
    // records how each element looks as focus reaches it, so Tab can be pressed without a round trip per element.
    private const string MarkFocusables = """
        () => {
            const selector = 'a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select, textarea, [tabindex]:not([tabindex="-1"])';
            const look = el => { const s = getComputedStyle(el); return { outline: s.outlineStyle === 'none' || s.outlineColor === 'rgba(0, 0, 0, 0)' || s.outlineWidth === '0px' ? 'none' : s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.outlineColor, shadow: s.boxShadow, background: s.backgroundColor }; };
            window.focusLog = [];
            document.addEventListener('focusin', e => {
                const el = e.target;
                window.focusLog.push(el.dataset.tabIndexForTest === undefined ? { index: -1 } : { index: Number(el.dataset.tabIndexForTest), look: look(el) });
            });
            return [...document.querySelectorAll(selector)]
                .filter(el => el.getClientRects().length > 0 || el.classList.contains('skip-link'))
                .map((el, i) => { el.dataset.tabIndexForTest = i; return { index: i, text: (el.textContent || el.name || '').trim().slice(0, 40), look: look(el) }; });
        }
        """;

    [Fact]
    public async Task First_Tab_focuses_the_skip_link_and_Enter_moves_focus_to_main()
    {
        var page = await site.NewPageAsync();
        try
        {
            foreach (var path in new[] { "/", "/articles/mineral-depletion" })
            {
                await page.OpenAsync(path);
                await page.Keyboard.PressAsync("Tab");
                Assert.Equal("skip-link", await page.EvaluateAsync<string>("() => document.activeElement.className"));
                Assert.True(await page.Locator(".skip-link").IsVisibleAsync());
                Assert.True(await page.EvaluateAsync<bool>("() => { const r = document.activeElement.getBoundingClientRect(); return r.left >= 0 && r.top >= 0 && r.right <= innerWidth; }"),
                    "The focused skip link is on screen");

                await page.Keyboard.PressAsync("Enter");
                Assert.Equal("main", await page.EvaluateAsync<string>("() => document.activeElement.id"));

                // The next Tab continues from the content, not from the top of the page.
                await page.Keyboard.PressAsync("Tab");
                Assert.True(await page.EvaluateAsync<bool>("() => document.getElementById('main').contains(document.activeElement)"));
            }
        }
        finally
        {
            await page.CloseAllAsync();
        }
    }

    [Fact]
    public async Task Every_interactive_element_is_reached_by_Tab_and_visibly_focused()
    {
        var page = await site.NewPageAsync();
        var problems = new List<string>();
        try
        {
            foreach (var path in site.CheckedPages)
            {
                await page.OpenAsync(path);
                var focusables = (await page.EvaluateAsync<JsonElement>(MarkFocusables)).EnumerateArray().ToList();
                for (var i = 0; i < focusables.Count + 2; i++)
                {
                    await page.Keyboard.PressAsync("Tab");
                }

                var reached = new HashSet<int>();
                foreach (var focused in (await page.EvaluateAsync<JsonElement>("() => window.focusLog")).EnumerateArray())
                {
                    var index = focused.GetProperty("index").GetInt32();
                    if (index < 0 || !reached.Add(index))
                    {
                        continue;
                    }

                    var before = focusables[index].GetProperty("look");
                    var after = focused.GetProperty("look");
                    var visible = after.GetProperty("outline").GetString() != "none"
                        || after.GetProperty("shadow").GetString() != before.GetProperty("shadow").GetString()
                        || after.GetProperty("background").GetString() != before.GetProperty("background").GetString();
                    if (!visible)
                    {
                        problems.Add($"{path}: \"{focusables[index].GetProperty("text").GetString()}\" shows no focus indicator ({after})");
                    }
                }

                foreach (var missed in focusables.Where(f => !reached.Contains(f.GetProperty("index").GetInt32())))
                {
                    problems.Add($"{path}: \"{missed.GetProperty("text").GetString()}\" is never reached by Tab");
                }
            }
        }
        finally
        {
            await page.CloseAllAsync();
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems.Distinct()));
    }
}
