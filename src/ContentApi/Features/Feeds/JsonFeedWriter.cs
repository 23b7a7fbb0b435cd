using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ContentApi.Features.Feeds;

/// <summary>JSON Feed 1.1.</summary>
public static class JsonFeedWriter
{
    public const string MediaType = "application/feed+json; charset=utf-8";
    public const string Version = "https://jsonfeed.org/version/1.1";

    public static JsonFeedDocument ToDocument(Feed feed) => new(
        Version, feed.Title, feed.HomeUrl, feed.SelfUrl, feed.Description, feed.LogoUrl, feed.Language,
        [new JsonFeedAuthor(feed.Title, feed.HomeUrl)],
        feed.Entries.Select(entry => new JsonFeedItem(
            entry.Url, entry.Url, entry.Title,
            entry.ContentHtml,
            // An item needs content_html or content_text: a teaser's excerpt is its only text.
            entry.ContentHtml is null ? entry.Summary ?? "" : null,
            entry.Summary,
            entry.Published,
            entry.LastChanged,
            entry.Author is { } author ? [new JsonFeedAuthor(author.Name, author.Url)] : null,
            entry.Tags.Count > 0 ? entry.Tags : null)).ToList());

    // Text as it is (’, é) rather than \u escapes: feed readers show the JSON to people who debug feeds.
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = JsonFeedJsonContext.Default,
    };

    public static byte[] Write(Feed feed) => JsonSerializer.SerializeToUtf8Bytes(ToDocument(feed), Options);
}

[JsonSerializable(typeof(JsonFeedDocument))]
internal sealed partial class JsonFeedJsonContext : JsonSerializerContext;
