using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Security;

/// <summary>Every stored link is one a front end can render safely: absolute http(s), nothing else.</summary>
public sealed class UrlFieldTests(WriteApiFactory factory) : IClassFixture<WriteApiFactory>
{
    public static TheoryData<string> Hostile =>
    [
        "javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
        "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "//evil.example/x", "/relative/path",
        "https://example.com/a b", "https://example.com/\u0000", "ftp://example.com/file", "mailto:x@example.com",
    ];

    public static TheoryData<string, string> Fields => new()
    {
        { "/api/v1/authors", "website" }, { "/api/v1/authors", "twitter" }, { "/api/v1/authors", "facebook" },
        { "/api/v1/donation-forms", "checkoutUrl" }, { "/api/v1/articles", "canonicalUrl" }, { "/api/v1/articles", "source.url" },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task AuthorTwitter_NonHttpLink_Is400(string link)
    {
        var response = await factory.CreateWriteClient().PostAsJsonAsync("/api/v1/authors", new { name = "Mallory", twitter = link });

        var messages = await response.AssertValidationProblemAsync("twitter");
        Assert.Contains(messages, m => m.Contains("http or https", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public async Task EveryUrlField_RefusesScript_AndTakesHttps(string path, string field)
    {
        var client = factory.CreateWriteClient();

        var refused = await client.PostAsJsonAsync(path, Body(path, field, "javascript:alert(1)", "refused"));
        var accepted = await client.PostAsJsonAsync(path, Body(path, field, "https://example.com/profile?x=1", "accepted"));

        await refused.AssertValidationProblemAsync(field);
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
    }

    [Fact]
    public async Task SiteUrl_RefusesScript()
    {
        var client = factory.CreateWriteClient();
        var etag = (await client.GetAsync("/api/v1/site")).ETag();

        await (await client.PatchAsync("/api/v1/site", new { url = "javascript:alert(1)" }, etag)).AssertValidationProblemAsync("url");
    }

    [Theory]
    [InlineData("AuthorRequest", "twitter")]
    [InlineData("AuthorRequest", "website")]
    [InlineData("SiteRequest", "url")]
    [InlineData("DonationFormRequest", "checkoutUrl")]
    [InlineData("ArticleRequest", "canonicalUrl")]
    [InlineData("SourceRequest", "url")]
    public async Task Schema_SaysEveryUrlFieldIsAnHttpUri(string schema, string field)
    {
        var document = JsonNode.Parse(await factory.CreateClient().GetStringAsync("/swagger/v1/swagger.json"))!;

        var property = document["components"]!["schemas"]![schema]!["properties"]![field]!;

        Assert.Equal("uri", (string?)property["format"]);
        Assert.StartsWith("^[Hh][Tt][Tt][Pp][Ss]?://", (string?)property["pattern"]);
    }

    private static JsonObject Body(string path, string field, string link, string name) => (path, field) switch
    {
        ("/api/v1/authors", _) => new JsonObject { ["name"] = $"{field} {name}", [field] = link },
        ("/api/v1/donation-forms", _) => new JsonObject { ["title"] = $"Form {name}", [field] = link },
        (_, "source.url") => new JsonObject { ["title"] = $"Sourced {name}", ["source"] = new JsonObject { ["name"] = "Wire", ["url"] = link } },
        _ => new JsonObject { ["title"] = $"Canonical {name}", [field] = link },
    };
}
