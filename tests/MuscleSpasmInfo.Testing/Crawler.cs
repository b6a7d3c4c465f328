using AngleSharp.Html.Parser;

namespace MuscleSpasmInfo.Testing;

/// <summary>Follows every same-site link (<c>href="/..."</c>) from the start pages, recording each page it fetches.</summary>
public static class Crawler
{
    /// <summary>Crawls from <paramref name="start"/> (default "/") until no new path turns up or <paramref name="limit"/> pages were fetched; pages in the order fetched.</summary>
    public static async Task<IReadOnlyDictionary<string, CrawledPage>> CrawlAsync(HttpClient client, IEnumerable<string>? start = null, int limit = 1000)
    {
        ArgumentNullException.ThrowIfNull(client);
        var pages = new OrderedDictionary<string, CrawledPage>(StringComparer.Ordinal);
        var queue = new Queue<string>(start ?? ["/"]);
        var parser = new HtmlParser();
        while (queue.TryDequeue(out var path) && pages.Count < limit)
        {
            if (pages.ContainsKey(path))
            {
                continue;
            }

            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            var mediaType = response.Content.Headers.ContentType?.MediaType;
            var links = new List<string>();
            if (mediaType == "text/html")
            {
                var document = await parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
                foreach (var href in document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
                {
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

            pages[path] = new CrawledPage(path, (int)response.StatusCode, mediaType, links);
        }

        return pages;
    }
}
