using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;

namespace ContentApi.Features.Import.Wxr;

/// <summary>Reads one header element or item, found by local names so the export's namespace version does not matter.</summary>
internal static class WxrElements
{
    public static WxrRecord? Parse(string name, XElement element) => name switch
    {
        "author" => Text(element, "author_login") is { Length: > 0 } login
            ? new WxrAuthor(login, Text(element, "author_display_name") is { Length: > 0 } display ? display : login, Text(element, "author_description"))
            : null,
        "category" => Term("category", element, "category_nicename", "cat_name", "category_parent", "category_description"),
        "tag" => Term("post_tag", element, "tag_slug", "tag_name", null, "tag_description"),
        "term" => Text(element, "term_taxonomy") is { } taxonomy ? Term(taxonomy, element, "term_slug", "term_name", "term_parent", "term_description") : null,
        "item" => Item(element),
        _ => null,
    };

    private static WxrTerm? Term(string taxonomy, XElement element, string slug, string name, string? parent, string description) =>
        Text(element, slug) is { Length: > 0 } value
            ? new WxrTerm(taxonomy, value, Text(element, name) is { Length: > 0 } n ? n : value, parent is null ? null : Blank(Text(element, parent)), Blank(Text(element, description)))
            : null;

    private static WxrItem Item(XElement item)
    {
        var terms = item.Elements().Where(e => e.Name.LocalName == "category")
            .Select(e => new WxrItemTerm((string?)e.Attribute("domain") ?? "category", (string?)e.Attribute("nicename") ?? "", e.Value.Trim()))
            .Where(t => t.Slug.Length > 0)
            .ToList();
        var meta = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in item.Elements().Where(e => e.Name.LocalName == "postmeta"))
        {
            if (Text(entry, "meta_key") is { Length: > 0 } key)
            {
                meta[key] = Text(entry, "meta_value") ?? "";
            }
        }
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(item.ToString(SaveOptions.DisableFormatting))));
        return new WxrItem(
            Long(Text(item, "post_id")), Text(item, "post_type") ?? "post", Text(item, "status") ?? "", Text(item, "title") ?? "",
            Blank(Text(item, "link")), Blank(Text(item, "creator")), Text(item, "encoded", "content") ?? "", Text(item, "encoded", "excerpt") ?? "",
            Blank(Text(item, "post_name")), Blank(Text(item, "post_date_gmt")), Blank(Text(item, "post_date")), Blank(Text(item, "post_password")),
            Text(item, "is_sticky") == "1", Long(Text(item, "post_parent")), (int)Math.Clamp(Long(Text(item, "menu_order")), int.MinValue, int.MaxValue),
            Blank(Text(item, "attachment_url")), terms, meta, hash);
    }

    /// <param name="prefixHint">For `encoded`, which one: content or excerpt (their namespaces' last segment).</param>
    private static string? Text(XElement parent, string localName, string? prefixHint = null) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName
            && (prefixHint is null || e.Name.NamespaceName.Contains(prefixHint, StringComparison.Ordinal)))?.Value;

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static long Long(string? text) => long.TryParse(text?.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : 0;
}
