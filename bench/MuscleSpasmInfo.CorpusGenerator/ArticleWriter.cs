using System.Globalization;
using System.Text;

namespace MuscleSpasmInfo.CorpusGenerator;

/// <summary>
/// Writes one article's Markdown, front matter and body, from its plan alone (and its own seeded random source),
/// so articles can be written in any order, on any thread, and still come out the same.
/// </summary>
internal sealed class ArticleWriter(CorpusPlan plan)
{
    private const double TopicWordShare = 0.12;
    private const double KeywordShare = 0.05;

    /// <summary>The file's text and how many body words it holds.</summary>
    public (string Text, int Words) Write(ArticlePlan article)
    {
        var random = new Random(article.BodySeed);
        var builder = new StringBuilder(8 * 1024);
        WriteFrontMatter(builder, article, random);
        var words = WriteBody(builder, article, random);
        return (builder.ToString(), words);
    }

    private void WriteFrontMatter(StringBuilder builder, ArticlePlan article, Random random)
    {
        var summary = new StringBuilder();
        Sentence(summary, article, random, 12, 20);
        if (random.NextDouble() < 0.5)
        {
            summary.Append(' ');
            Sentence(summary, article, random, 8, 14);
        }

        builder.Append("---\n");
        builder.Append("title: ").Append(article.Title).Append('\n');
        builder.Append("summary: ").Append(summary).Append('\n');
        builder.Append("date: ").Append(article.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        builder.Append("category: ").Append(WordLists.Categories[article.Category].Slug).Append('\n');
        builder.Append("tags: [").AppendJoin(", ", article.Tags).Append("]\n");
        if (article.AlsoCalled.Count > 0)
        {
            builder.Append("alsoCalled: [").AppendJoin(", ", article.AlsoCalled).Append("]\n");
        }

        if (article.Related.Count > 0)
        {
            builder.Append("related: [").AppendJoin(", ", article.Related).Append("]\n");
        }

        if (article.Guide is not null)
        {
            builder.Append("guide: ").Append(article.Guide).Append('\n');
            builder.Append("order: ").Append(article.Order!.Value.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        builder.Append("---\n\n");
    }

    private int WriteBody(StringBuilder builder, ArticlePlan article, Random random)
    {
        var target = random.Next(600, 901);
        var sections = random.Next(4, 7);
        var perSection = target / (sections + 1);
        var listSection = random.Next(sections);
        var tableSection = (listSection + 1 + random.Next(sections - 1)) % sections;
        var calloutSection = random.NextDouble() < 0.15 ? random.Next(sections) : -1;

        // Internal links go into random paragraphs; each paragraph draws whether it holds one.
        var links = Plan(article, random);
        var words = 0;
        words += Paragraph(builder, article, random, links);
        for (var s = 0; s < sections; s++)
        {
            builder.Append("## ");
            words += Heading(builder, article, random);
            builder.Append("\n\n");
            var sectionEnd = words + perSection;
            if (s == calloutSection)
            {
                builder.Append(":::info\n");
                words += Sentence(builder, article, random, 10, 18);
                builder.Append('\n');
                builder.Append(":::\n\n");
            }

            do
            {
                words += Paragraph(builder, article, random, links);
                if (s == listSection)
                {
                    words += List(builder, article, random);
                    listSection = -1;
                }
                else if (s == tableSection)
                {
                    words += Table(builder, article, random);
                    tableSection = -1;
                }
            }
            while (words < sectionEnd && words < target);
        }

        while (links.Count > 0)
        {
            words += Paragraph(builder, article, random, links);
        }

        return words;
    }

    private Queue<ArticlePlan> Plan(ArticlePlan article, Random random)
    {
        var links = new Queue<ArticlePlan>();
        var count = plan.Articles.Count;
        if (count < 2)
        {
            return links;
        }

        for (var i = random.Next(2, 5); i > 0; i--)
        {
            var other = random.Next(count - 1);
            links.Enqueue(plan.Articles[other >= article.Index ? other + 1 : other]);
        }

        return links;
    }

    private int Paragraph(StringBuilder builder, ArticlePlan article, Random random, Queue<ArticlePlan> links)
    {
        var words = 0;
        var sentences = random.Next(3, 7);
        var linkAt = links.Count > 0 && random.NextDouble() < 0.4 ? random.Next(sentences) : -1;
        for (var i = 0; i < sentences; i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            if (i == linkAt)
            {
                var target = links.Dequeue();
                builder.Append("Read more in [").Append(target.Title.ToLowerInvariant()).Append("](/articles/").Append(target.Slug).Append(").");
                words += 3 + target.Title.Count(c => c == ' ') + 1;
                continue;
            }

            words += Sentence(builder, article, random, 8, 23);
        }

        builder.Append("\n\n");
        return words;
    }

    private int List(StringBuilder builder, ArticlePlan article, Random random)
    {
        var words = 0;
        for (var i = random.Next(3, 7); i > 0; i--)
        {
            builder.Append("- ");
            words += Words(builder, article, random, random.Next(3, 10), capitalise: true);
            builder.Append('\n');
        }

        builder.Append('\n');
        return words;
    }

    private int Table(StringBuilder builder, ArticlePlan article, Random random)
    {
        const int columns = 3;
        var words = 0;
        builder.Append('|');
        for (var c = 0; c < columns; c++)
        {
            builder.Append(' ');
            words += Words(builder, article, random, random.Next(1, 3), capitalise: true);
            builder.Append(" |");
        }

        builder.Append("\n|").Append(string.Concat(Enumerable.Repeat(" --- |", columns))).Append('\n');
        for (var r = random.Next(3, 6); r > 0; r--)
        {
            builder.Append('|');
            for (var c = 0; c < columns; c++)
            {
                builder.Append(' ');
                words += Words(builder, article, random, random.Next(1, 4), capitalise: c == 0);
                builder.Append(" |");
            }

            builder.Append('\n');
        }

        builder.Append('\n');
        return words;
    }

    private int Heading(StringBuilder builder, ArticlePlan article, Random random) =>
        Words(builder, article, random, random.Next(2, 6), capitalise: true);

    private int Sentence(StringBuilder builder, ArticlePlan article, Random random, int min, int max)
    {
        var count = random.Next(min, max);
        var start = builder.Length;
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                builder.Append(random.NextDouble() < 0.06 && i < count - 1 ? ", " : " ");
            }

            builder.Append(Word(article, random));
        }

        builder[start] = char.ToUpperInvariant(builder[start]);
        builder.Append('.');
        return count;
    }

    private int Words(StringBuilder builder, ArticlePlan article, Random random, int count, bool capitalise)
    {
        var start = builder.Length;
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            builder.Append(Word(article, random));
        }

        if (capitalise)
        {
            builder[start] = char.ToUpperInvariant(builder[start]);
        }

        return count;
    }

    private string Word(ArticlePlan article, Random random)
    {
        var roll = random.NextDouble();
        if (roll < TopicWordShare)
        {
            var topic = plan.TopicWords[article.Category];
            return topic[random.Next(topic.Count)];
        }

        return roll < TopicWordShare + KeywordShare
            ? article.Keywords[random.Next(article.Keywords.Count)]
            : plan.Vocabulary.Next(random);
    }
}
