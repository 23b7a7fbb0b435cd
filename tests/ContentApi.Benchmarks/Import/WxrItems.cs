using System.Globalization;
using System.Xml;

namespace ContentApi.Benchmarks.Import;

/// <param name="Thumbnail">The featured image's attachment id, or none.</param>
public sealed record WxrPost(
    int Id, string Title, string Slug, string Status, DateTime DateGmt, string Author, string Body, string Excerpt,
    IEnumerable<string> Categories, IEnumerable<string> Tags, long? Thumbnail);

/// <summary>The WXR elements the generator writes, as WordPress's exporter writes them.</summary>
internal static class WxrItems
{
    private const string Wp = "http://wordpress.org/export/1.2/";
    private const string Content = "http://purl.org/rss/1.0/modules/content/";
    private const string Excerpt = "http://wordpress.org/export/1.2/excerpt/";
    private const string Dc = "http://purl.org/dc/elements/1.1/";

    public static void Author(XmlWriter writer, string login, string name, string bio) =>
        Element(writer, "author", ("author_login", login), ("author_email", $"{login}@bench.example"), ("author_display_name", name), ("author_description", bio));

    public static void Category(XmlWriter writer, string slug, string? parent) =>
        Element(writer, "category", ("category_nicename", slug), ("category_parent", parent ?? ""), ("cat_name", Title(slug)));

    public static void Tag(XmlWriter writer, string slug, string name) => Element(writer, "tag", ("tag_slug", slug), ("tag_name", Title(name)));

    public static void Form(XmlWriter writer, long id, string title)
    {
        Item(writer, id, title, $"give-form-{id}", "give_forms", "publish", new DateTime(2014, 6, 1, 0, 0, 0, DateTimeKind.Utc), "author1", "", "");
        Meta(writer, "_give_price_option", "multi");
        Meta(writer, "_give_donation_levels",
            """a:3:{i:0;a:4:{s:8:"_give_id";a:1:{s:8:"level_id";s:1:"0";}s:12:"_give_amount";s:9:"10.000000";s:10:"_give_text";s:6:"Reader";s:13:"_give_default";s:0:"";}i:1;a:4:{s:8:"_give_id";a:1:{s:8:"level_id";s:1:"1";}s:12:"_give_amount";s:9:"25.000000";s:10:"_give_text";s:9:"Supporter";s:13:"_give_default";s:7:"default";}i:2;a:4:{s:8:"_give_id";a:1:{s:8:"level_id";s:1:"2";}s:12:"_give_amount";s:9:"50.000000";s:10:"_give_text";s:6:"Patron";s:13:"_give_default";s:0:"";}}""");
        Meta(writer, "_give_custom_amount", "enabled");
        Meta(writer, "_give_currency", "EUR");
        writer.WriteEndElement();
    }

    /// <param name="size">Width and height for `_wp_attachment_metadata`; null writes none (size unknown).</param>
    public static void Attachment(XmlWriter writer, long id, string url, (int Width, int Height)? size)
    {
        Item(writer, id, $"Photo {id}", $"photo-{id}", "attachment", "inherit", new DateTime(2014, 6, 1, 0, 0, 0, DateTimeKind.Utc), "author1", "", "A caption.");
        writer.WriteElementString("attachment_url", Wp, url);
        Meta(writer, "_wp_attachment_image_alt", $"Photo {id}");
        if (size is var (width, height))
        {
            Meta(writer, "_wp_attachment_metadata", WxrGenerator.Invariant($"a:3:{{s:5:\"width\";i:{width};s:6:\"height\";i:{height};s:4:\"file\";s:9:\"photo.jpg\";}}"));
        }
        writer.WriteEndElement();
    }

    public static void Post(XmlWriter writer, WxrPost post)
    {
        Item(writer, post.Id, post.Title, post.Slug, "post", post.Status, post.DateGmt, post.Author, post.Body, post.Excerpt);
        foreach (var (domain, slugs) in new[] { ("category", post.Categories), ("post_tag", post.Tags) })
        {
            foreach (var slug in slugs)
            {
                writer.WriteStartElement("category");
                writer.WriteAttributeString("domain", domain);
                writer.WriteAttributeString("nicename", slug);
                writer.WriteCData(Title(slug));
                writer.WriteEndElement();
            }
        }
        if (post.Thumbnail is { } thumbnail)
        {
            Meta(writer, "_thumbnail_id", thumbnail.ToString(CultureInfo.InvariantCulture));
        }
        writer.WriteEndElement();
    }

    /// <summary>Opens an &lt;item&gt; and writes its common fields; the caller adds the rest and closes it.</summary>
    private static void Item(XmlWriter writer, long id, string title, string slug, string type, string status, DateTime dateGmt, string author, string body, string excerpt)
    {
        var date = dateGmt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        writer.WriteStartElement("item");
        writer.WriteElementString("title", title);
        writer.WriteElementString("link", WxrGenerator.Invariant($"{WxrGenerator.Site}/{dateGmt:yyyy/MM/dd}/{slug}/"));
        writer.WriteElementString("creator", Dc, author);
        writer.WriteStartElement("encoded", Content);
        writer.WriteCData(body);
        writer.WriteEndElement();
        writer.WriteStartElement("encoded", Excerpt);
        writer.WriteCData(excerpt);
        writer.WriteEndElement();
        foreach (var (name, value) in new[] { ("post_id", id.ToString(CultureInfo.InvariantCulture)), ("post_date", date), ("post_date_gmt", date),
            ("post_name", slug), ("status", status), ("post_parent", "0"), ("menu_order", "0"), ("post_type", type), ("is_sticky", "0") })
        {
            writer.WriteElementString(name, Wp, value);
        }
    }

    private static void Meta(XmlWriter writer, string key, string value)
    {
        writer.WriteStartElement("postmeta", Wp);
        writer.WriteElementString("meta_key", Wp, key);
        writer.WriteStartElement("meta_value", Wp);
        writer.WriteCData(value);
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void Element(XmlWriter writer, string name, params (string Name, string Value)[] fields)
    {
        writer.WriteStartElement(name, Wp);
        foreach (var (field, value) in fields)
        {
            writer.WriteStartElement(field, Wp);
            writer.WriteCData(value);
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
    }

    private static string Title(string slug) => char.ToUpperInvariant(slug[0]) + slug[1..].Replace('-', ' ');
}
