using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;

namespace ContentApi.Tests.Features.Feeds;

/// <summary>Reads served feeds and sitemaps back with real parsers.</summary>
public static class FeedReading
{
    public static async Task<SyndicationFeed> ReadSyndicationAsync(this HttpClient client, string url, SyndicationFeedFormatter formatter)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        Assert.True(formatter.CanRead(reader), $"{url} is not what {formatter.GetType().Name} reads.");
        formatter.ReadFrom(reader);
        return formatter.Feed;
    }

    public static async Task<XDocument> ReadXmlAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        return XDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    public static async Task<JsonElement> ReadJsonFeedAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/feed+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    public static string? Content(this SyndicationItem item) =>
        item.ElementExtensions.ReadElementExtensions<string>("encoded", "http://purl.org/rss/1.0/modules/content/").FirstOrDefault();
}
