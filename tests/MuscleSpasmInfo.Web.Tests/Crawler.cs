using AngleSharp.Html.Parser;

namespace MuscleSpasmInfo.Web.Tests;

/// <summary>Follows every internal link from the home page, recording each page's status and links.</summary>
public static class Crawler
{
    public sealed record CrawledPage(string Path, int Status, IReadOnlyList<string> Links);

    public static async Task<IReadOnlyDictionary<string, CrawledPage>> CrawlAsync(HttpClient client, string start = "/", int limit = 500)
    {
        var pages = new Dictionary<string, CrawledPage>(StringComparer.Ordinal);
        var queue = new Queue<string>([start]);
        var parser = new HtmlParser();
        while (queue.Count > 0 && pages.Count < limit)
        {
            var path = queue.Dequeue();
            if (pages.ContainsKey(path))
            {
                continue;
            }

            var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            var links = new List<string>();
            if (response.Content.Headers.ContentType?.MediaType == "text/html")
            {
                var document = await parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
                foreach (var anchor in document.QuerySelectorAll("a[href]"))
                {
                    var href = anchor.GetAttribute("href")!;
                    if (href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal))
                    {
                        var target = href.Split('#')[0];
                        if (target.Length > 0)
                        {
                            links.Add(target);
                            queue.Enqueue(target);
                        }
                    }
                }
            }

            pages[path] = new CrawledPage(path, (int)response.StatusCode, links);
        }

        return pages;
    }
}
