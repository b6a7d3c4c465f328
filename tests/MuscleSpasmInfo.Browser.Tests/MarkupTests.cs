using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;

namespace MuscleSpasmInfo.Browser.Tests;

/// <summary>Every crawled page is valid HTML by the Nu Html Checker, carries no inline style or script, and the feeds are XML.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class MarkupTests(BrowserSite site)
{
    [Fact]
    public async Task The_Nu_Html_Checker_finds_no_errors_on_any_page()
    {
        var folder = Path.Combine(Path.GetTempPath(), "msi-vnu-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var files = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < site.CheckedPages.Count; i++)
            {
                var file = Path.Combine(folder, $"page{i:000}.html");
                using var response = await site.Http.GetAsync(new Uri(site.CheckedPages[i], UriKind.RelativeOrAbsolute));
                await File.WriteAllTextAsync(file, await response.Content.ReadAsStringAsync());
                files[Path.GetFileName(file)] = site.CheckedPages[i];
            }

            // One JVM for all pages: starting Java per page would cost seconds each.
            var start = new ProcessStartInfo(site.Tools.Java)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var arg in new[] { "-jar", site.Tools.VnuJar, "--format", "json", "--stdout", "--exit-zero-always" })
            {
                start.ArgumentList.Add(arg);
            }

            foreach (var file in files.Keys.Order(StringComparer.Ordinal))
            {
                start.ArgumentList.Add(Path.Combine(folder, file));
            }

            using var vnu = Process.Start(start)!;
            var stdout = vnu.StandardOutput.ReadToEndAsync();
            var stderr = vnu.StandardError.ReadToEndAsync();
            await vnu.WaitForExitAsync();
            var output = await stdout;
            Assert.True(output.TrimStart().StartsWith('{'), $"vnu.jar gave no report (exit {vnu.ExitCode}): {await stderr}");

            var report = new StringBuilder();
            foreach (var message in JsonDocument.Parse(output).RootElement.GetProperty("messages").EnumerateArray())
            {
                var type = message.GetProperty("type").GetString();
                if (type is "error" or "non-document-error")
                {
                    var url = message.TryGetProperty("url", out var u) ? u.GetString() ?? "" : "";
                    var page = files.GetValueOrDefault(Path.GetFileName(url), url);
                    var line = message.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0;
                    var extract = message.TryGetProperty("extract", out var e) ? e.GetString() : "";
                    report.AppendLine($"{page}:{line}: {message.GetProperty("message").GetString()}  «{extract?.ReplaceLineEndings(" ")}»");
                }
            }

            Assert.True(report.Length == 0, "Nu Html Checker errors:" + Environment.NewLine + report);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task No_page_has_inline_style_or_inline_script()
    {
        // A later Content-Security-Policy forbids both; JSON-LD is data, not script, and stays allowed.
        var parser = new HtmlParser();
        var problems = new List<string>();
        foreach (var path in site.CheckedPages)
        {
            using var response = await site.Http.GetAsync(new Uri(path, UriKind.RelativeOrAbsolute));
            var document = await parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
            foreach (var element in document.QuerySelectorAll("[style], style, script:not([type='application/ld+json'])"))
            {
                problems.Add($"{path}: {element.OuterHtml[..Math.Min(80, element.OuterHtml.Length)]}");
            }

            foreach (var element in document.All.Where(e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                || e.GetAttribute("href")?.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) == true))
            {
                problems.Add($"{path}: script in an attribute: {element.OuterHtml[..Math.Min(80, element.OuterHtml.Length)]}");
            }

            if (document.QuerySelectorAll("link[rel=stylesheet]").Length != 1)
            {
                problems.Add($"{path}: expected exactly one stylesheet");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Theory]
    [InlineData("/sitemap.xml", "{http://www.sitemaps.org/schemas/sitemap/0.9}urlset")]
    [InlineData("/feed.xml", "{http://www.w3.org/2005/Atom}feed")]
    public async Task Machine_documents_are_well_formed_XML(string path, string root)
    {
        using var response = await site.Http.GetAsync(new Uri(path, UriKind.RelativeOrAbsolute));
        Assert.True(response.IsSuccessStatusCode, $"{path} answered {(int)response.StatusCode}");
        var document = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(root, document.Root!.Name.ToString());
    }
}
