using System.Text.Json.Serialization;
using ContentApi.Common.OpenApi;

namespace ContentApi.Features.Feeds;

/// <summary>A JSON Feed 1.1 document (https://www.jsonfeed.org/version/1.1/); members as the spec names them.</summary>
/// <param name="Version">Always `https://jsonfeed.org/version/1.1`.</param>
public sealed record JsonFeedDocument(
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("home_page_url")] string HomePageUrl,
    [property: JsonPropertyName("feed_url")] string FeedUrl,
    [property: JsonPropertyName("description"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull), OnRequest] string? Description,
    [property: JsonPropertyName("icon"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull), OnRequest] string? Icon,
    [property: JsonPropertyName("language")] string Language,
    [property: JsonPropertyName("authors")] IReadOnlyList<JsonFeedAuthor> Authors,
    [property: JsonPropertyName("items")] IReadOnlyList<JsonFeedItem> Items);

/// <summary>One article. Exactly one of `content_html` (the body) and `content_text` (a teaser's excerpt) is given.</summary>
public sealed record JsonFeedItem(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("url")] string Url,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("content_html"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull), OnRequest] string? ContentHtml,
    [property: JsonPropertyName("content_text"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull), OnRequest] string? ContentText,
    [property: JsonPropertyName("summary"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull), OnRequest] string? Summary,
    [property: JsonPropertyName("date_published"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull), OnRequest] DateTime? DatePublished,
    [property: JsonPropertyName("date_modified"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull), OnRequest] DateTime? DateModified,
    [property: JsonPropertyName("authors"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull), OnRequest] IReadOnlyList<JsonFeedAuthor>? Authors,
    [property: JsonPropertyName("tags"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull), OnRequest] IReadOnlyList<string>? Tags);

public sealed record JsonFeedAuthor(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("url"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull), OnRequest] string? Url);
