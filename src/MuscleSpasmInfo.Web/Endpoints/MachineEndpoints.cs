using System.Text;
using System.Xml;
using Microsoft.Extensions.Options;
using MuscleSpasmInfo.Content.Catalog;
using MuscleSpasmInfo.Web.Pages;
using MuscleSpasmInfo.Web.Routing;
using MuscleSpasmInfo.Web.Serving;

namespace MuscleSpasmInfo.Web.Endpoints;

/// <summary>What machines read: the sitemap, robots.txt and the Atom feed, all with absolute URLs from configuration.</summary>
public static class MachineEndpoints
{
    private const int FeedSize = 20;

    public static IEndpointRouteBuilder MapMachineEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(SiteRoutes.Sitemap.Path, (RequestSnapshot snapshot, IOptions<SiteOptions> site) =>
            Results.Text(Sitemap(snapshot.Current, site.Value), "application/xml; charset=utf-8", Encoding.UTF8));
        app.MapGet(SiteRoutes.Feed.Path, (RequestSnapshot snapshot, IOptions<SiteOptions> site) =>
            Results.Text(Feed(snapshot.Current, site.Value, snapshot.Current.Languages.Default), "application/atom+xml; charset=utf-8", Encoding.UTF8));
        // Each other language's feed, at /es/feed.xml.
        app.MapGet(SiteRoutes.Feed.LocalisedTemplate!, (string language, RequestSnapshot snapshot, IOptions<SiteOptions> site) =>
            Results.Text(Feed(snapshot.Current, site.Value, snapshot.Current.Languages.Find(language)!), "application/atom+xml; charset=utf-8", Encoding.UTF8));
        app.MapGet(SiteRoutes.Robots.Path, (RequestSnapshot snapshot, IOptions<SiteOptions> site) =>
            Results.Text(Robots(site.Value, snapshot.Current.Languages), "text/plain; charset=utf-8", Encoding.UTF8));
        return app;
    }

    /// <summary>robots.txt: everything may be crawled but the routes the table marks otherwise; where the sitemap is.</summary>
    public static string Robots(SiteOptions site, Content.Languages.LanguageTable languages)
    {
        ArgumentNullException.ThrowIfNull(site);
        var disallowed = SiteRoutes.All.OfType<FixedRoute>().Where(r => !r.Crawlable)
            .SelectMany(r => PageAlternates.OfRoute(languages, r)).Select(a => $"Disallow: {a.Path}\n");
        return $"User-agent: *\nAllow: /\n{string.Concat(disallowed)}\nSitemap: {site.Absolute(SiteRoutes.Sitemap.Path)}\n";
    }

    /// <summary>Every public page: the fixed pages, each article, category and tag.</summary>
    public static string Sitemap(ContentSnapshot snapshot, SiteOptions site)
    {
        return Write(writer =>
        {
            const string ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
            const string xhtml = "http://www.w3.org/1999/xhtml";
            writer.WriteStartElement("urlset", ns);
            writer.WriteAttributeString("xmlns", "xhtml", null, xhtml);
            foreach (var page in PublicPages.Of(snapshot))
            {
                writer.WriteStartElement("url", ns);
                writer.WriteElementString("loc", ns, site.Absolute(page.Path));
                if (page.LastModified is { } date)
                {
                    writer.WriteElementString("lastmod", ns, Format.IsoDate(date));
                }

                // Google's form: every version of the page, itself included, plus x-default, on each version's entry.
                if (page.Alternates.Count > 1)
                {
                    foreach (var alternate in page.Alternates)
                    {
                        AlternateLink(writer, xhtml, alternate.Language.Culture, site.Absolute(alternate.Path));
                    }

                    AlternateLink(writer, xhtml, "x-default", site.Absolute(PageAlternates.XDefault(page.Alternates)!.Path));
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        });
    }

    /// <summary>An Atom feed of the newest articles in <paramref name="language"/>, which its <c>xml:lang</c> says.</summary>
    public static string Feed(ContentSnapshot snapshot, SiteOptions site, Content.Languages.SiteLanguage language)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(language);
        var articles = snapshot.ArticlesIn(language).Take(FeedSize).ToList();
        var updated = articles.Select(a => a.LastModified).Max() ?? DateOnly.FromDateTime(snapshot.BuiltAt.UtcDateTime);
        return Write(writer =>
        {
            const string ns = "http://www.w3.org/2005/Atom";
            writer.WriteStartElement("feed", ns);
            writer.WriteAttributeString("xml", "lang", null, language.Culture);
            writer.WriteElementString("title", ns, site.Name);
            writer.WriteElementString("id", ns, site.Absolute(SiteRoutes.Home.PathIn(language)));
            writer.WriteElementString("updated", ns, Timestamp(updated));
            Link(writer, ns, site.Absolute(SiteRoutes.Feed.PathIn(language)), "self");
            Link(writer, ns, site.Absolute(SiteRoutes.Home.PathIn(language)), "alternate");
            writer.WriteStartElement("author", ns);
            writer.WriteElementString("name", ns, site.Publisher);
            writer.WriteEndElement();
            foreach (var article in articles)
            {
                writer.WriteStartElement("entry", ns);
                writer.WriteElementString("title", ns, article.Title);
                writer.WriteElementString("id", ns, site.Absolute(article.Url));
                Link(writer, ns, site.Absolute(article.Url), "alternate");
                writer.WriteElementString("updated", ns, Timestamp(article.LastModified ?? updated));
                if (article.Meta.Date is { } published)
                {
                    writer.WriteElementString("published", ns, Timestamp(published));
                }

                if (article.Meta.Author is { } author)
                {
                    writer.WriteStartElement("author", ns);
                    writer.WriteElementString("name", ns, author);
                    writer.WriteEndElement();
                }

                if (article.Meta.Summary is { } summary)
                {
                    writer.WriteElementString("summary", ns, summary);
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        });
    }

    private static void AlternateLink(XmlWriter writer, string ns, string hreflang, string href)
    {
        writer.WriteStartElement("xhtml", "link", ns);
        writer.WriteAttributeString("rel", "alternate");
        writer.WriteAttributeString("hreflang", hreflang);
        writer.WriteAttributeString("href", href);
        writer.WriteEndElement();
    }

    private static void Link(XmlWriter writer, string ns, string href, string rel)
    {
        writer.WriteStartElement("link", ns);
        writer.WriteAttributeString("rel", rel);
        writer.WriteAttributeString("href", href);
        writer.WriteEndElement();
    }

    private static string Timestamp(DateOnly date) => Format.IsoDate(date) + "T00:00:00Z";

    private static string Write(Action<XmlWriter> body)
    {
        var builder = new StringBuilder();
        using (var writer = XmlWriter.Create(builder, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            writer.WriteStartDocument();
            body(writer);
            writer.WriteEndDocument();
        }

        // StringBuilder output declares utf-16; the response is UTF-8.
        return builder.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }
}
