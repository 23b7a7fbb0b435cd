using System.Globalization;
using System.Xml;
using Bogus;
using ContentApi.Benchmarks.Generation;
using ContentApi.Common.Text;

namespace ContentApi.Benchmarks.Import;

/// <summary>
/// A WordPress export of a news site, written streamed: authors, nested categories (some listed before their
/// parents, as WordPress may), tags, GiveWP forms, image attachments (some without a recorded size) and posts
/// with Gutenberg paragraphs of the benchmark articles' size, featured images and `[give_form]` shortcodes.
/// Every published post holds <see cref="EveryPostWord"/>; the last one also <see cref="LastPostWord"/>.
/// </summary>
public sealed class WxrGenerator(int posts)
{
    public const string Site = "https://bench.example";
    public const string EveryPostWord = "wxrbenchmark";
    public const string LastPostWord = "quokkafinale";
    public const int Forms = 5;
    private const int Authors = 20;
    private const string Wp = "http://wordpress.org/export/1.2/";

    private readonly Faker _faker = new() { Random = new Randomizer(20261202) };
    private TextFactory? _text;
    private int _published;

    /// <summary>Published posts written: what the article list and the search must hold after the import.</summary>
    public int Published => _published;

    public string LastSlug => $"post-{posts}-{LastPostWord}";

    public void Write(string path)
    {
        _text = new TextFactory(_faker);
        using var writer = XmlWriter.Create(path, new XmlWriterSettings { Indent = false, Async = false });
        writer.WriteStartElement("rss");
        writer.WriteAttributeString("version", "2.0");
        writer.WriteAttributeString("xmlns", "wp", null, Wp);
        writer.WriteAttributeString("xmlns", "content", null, "http://purl.org/rss/1.0/modules/content/");
        writer.WriteAttributeString("xmlns", "excerpt", null, "http://wordpress.org/export/1.2/excerpt/");
        writer.WriteAttributeString("xmlns", "dc", null, "http://purl.org/dc/elements/1.1/");
        writer.WriteStartElement("channel");
        writer.WriteElementString("title", "The Benchmark Times");
        writer.WriteElementString("link", Site);
        writer.WriteElementString("wxr_version", Wp, "1.2");
        writer.WriteElementString("base_blog_url", Wp, Site);
        for (var a = 1; a <= Authors; a++)
        {
            WxrItems.Author(writer, $"author{a}", _faker.Name.FullName(), _text.Paragraph(a % TopicWords.Topics.Length, 20, 40));
        }
        WriteTerms(writer);
        for (var f = 1; f <= Forms; f++)
        {
            WxrItems.Form(writer, 10 + f, $"Support our reporting #{f}");
        }
        var attachments = Math.Max(10, posts / 5);
        for (var i = 1; i <= attachments; i++)
        {
            WxrItems.Attachment(writer, AttachmentId(i), $"{Site}/wp-content/uploads/2025/photo-{i}.jpg", i % 10 == 0 ? null : (1600 + i % 7 * 100, 900 + i % 5 * 100));
        }
        for (var id = 1; id <= posts; id++)
        {
            WritePost(writer, id, attachments);
        }
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static long AttachmentId(int i) => 1_000_000 + i;

    /// <summary>Each topic: a category with three children and a grandchild under the first child; children first in the file.</summary>
    private static void WriteTerms(XmlWriter writer)
    {
        foreach (var (words, topic) in TopicWords.Topics.Select((w, i) => (w, i)))
        {
            var top = Slug.From(words[0]) + "-desk";
            WxrItems.Category(writer, $"{Slug.From(words[1])}-local", Slug.From(words[1]));
            for (var c = 1; c <= 3; c++)
            {
                WxrItems.Category(writer, Slug.From(words[c]), top);
            }
            WxrItems.Category(writer, top, null);
            foreach (var word in words)
            {
                WxrItems.Tag(writer, Slug.From(word) + "-t", word);
            }
            _ = topic;
        }
    }

    private void WritePost(XmlWriter writer, int id, int attachments)
    {
        var random = _faker.Random;
        var topic = random.Number(TopicWords.Topics.Length - 1);
        var words = TopicWords.Topics[topic];
        var last = id == posts;
        var status = last ? "publish" : random.Number(99) switch { < 92 => "publish", < 96 => "draft", < 98 => "future", _ => "private" };
        var paragraphs = Enumerable.Range(0, random.Number(4, 12)).Select(_ => _text!.Paragraph(topic)).ToList();
        paragraphs[0] = $"{EveryPostWord} {(last ? LastPostWord + " " : "")}{paragraphs[0]}";
        var body = string.Concat(paragraphs.Select(p => $"<!-- wp:paragraph -->\n<p>{p}</p>\n<!-- /wp:paragraph -->\n\n"));
        if (random.Number(99) < 10)
        {
            body += $"[give_form id=\"{10 + random.Number(1, Forms)}\"]";
        }
        var date = new DateTime(2015, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(id * 40L);
        if (status == "future")
        {
            date = DateTime.UtcNow.AddYears(2).AddMinutes(id);
        }
        _published += status == "publish" ? 1 : 0;
        var slug = last ? LastSlug : $"post-{id}-{Slug.From(words[random.Number(9)])}";
        var categories = new[] { Slug.From(words[random.Number(1, 3)]) };
        var tags = Enumerable.Range(0, random.Number(2, 4)).Select(_ => Slug.From(random.ArrayElement(words)) + "-t").Distinct();
        long? thumbnail = random.Number(99) < 70 ? AttachmentId(random.Number(1, attachments)) : null;
        WxrItems.Post(writer, new WxrPost(id, _text!.Title(topic) + (last ? " " + LastPostWord : ""), slug, status, date,
            $"author{1 + random.Number(Authors - 1)}", body, paragraphs[0][..Math.Min(160, paragraphs[0].Length)], categories, tags, thumbnail));
    }

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
