using System.Net;
using System.Net.Http.Json;
using System.Text;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Security;

/// <summary>Shapes the JSON reader accepts but a request record does not: each a 400 naming the field path, never a 500.</summary>
public sealed class RequestShapeTests(WriteApiFactory factory) : IClassFixture<WriteApiFactory>
{
    private const string Article = $"/api/v1/articles/{SeedFacts.ArticleSlug}";

    [Theory]
    [InlineData("/api/v1/donation-forms", """{"title":"F","currency":"EUR","suggestedAmounts":[null]}""", "suggestedAmounts[0]")]
    [InlineData("/api/v1/donation-forms", """{"title":"F","currency":"EUR","suggestedAmounts":[{"amount":500,"isDefault":false},null]}""", "suggestedAmounts[1]")]
    [InlineData("/api/v1/donation-forms", """{"title":"F","recurringPeriods":["month",null]}""", "recurringPeriods[1]")]
    [InlineData("/api/v1/articles", """{"title":"T","tags":[null]}""", "tags[0]")]
    [InlineData("/api/v1/keys", """{"name":"k","scopes":[null]}""", "scopes[0]")]
    public async Task Post_NullInsideAList_Is400NamingThePath(string path, string body, string field)
    {
        var response = await factory.CreateWriteClient().PostAsync(path, Json(body));

        var messages = await response.AssertValidationProblemAsync(field);
        Assert.Contains(messages, m => m.Contains("null", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PutRelatedLinks_NullSlug_Is400NamingThePath()
    {
        var client = factory.CreateWriteClient();
        var etag = (await client.GetAsync(Article + "/related-links")).ETag();
        var request = new HttpRequestMessage(HttpMethod.Put, Article + "/related-links") { Content = Json("""{"articles":[null]}""") }.WithIfMatch(etag);

        await (await client.SendAsync(request)).AssertValidationProblemAsync("articles[0]");
    }

    [Theory]
    [InlineData("""{"tags":[null]}""", "tags[0]")]
    [InlineData("""{"tags":["syria",null]}""", "tags[1]")]
    public async Task PatchArticle_NullInsideAList_Is400NamingThePath(string patch, string field)
    {
        var client = factory.CreateWriteClient();
        var etag = await client.ETagOfAsync(Article);
        var request = new HttpRequestMessage(HttpMethod.Patch, Article)
        {
            Content = new StringContent(patch, Encoding.UTF8, "application/merge-patch+json"),
        }.WithIfMatch(etag);

        await (await client.SendAsync(request)).AssertValidationProblemAsync(field);
    }

    [Fact]
    public async Task PatchDonationForm_NullAmount_Is400NamingThePath()
    {
        var client = factory.CreateWriteClient();
        var etag = (await client.GetAsync("/api/v1/donation-forms/6")).ETag();
        var request = new HttpRequestMessage(HttpMethod.Patch, "/api/v1/donation-forms/6")
        {
            Content = new StringContent("""{"suggestedAmounts":[null]}""", Encoding.UTF8, "application/merge-patch+json"),
        }.WithIfMatch(etag);

        await (await client.SendAsync(request)).AssertValidationProblemAsync("suggestedAmounts[0]");
    }

    [Theory]
    [InlineData("""{"title":"A","title":"B"}""")]
    [InlineData("""{"name":"x","name":"y"}""")]
    public async Task Post_RepeatedMember_Is400(string body)
    {
        var response = await factory.CreateWriteClient().PostAsync(body.Contains("title") ? "/api/v1/tags" : "/api/v1/authors", Json(body.Replace("title", "name")));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("uplicate", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("application/json", "POST")]
    [InlineData("application/merge-patch+json", "PATCH")]
    public async Task DeeplyNestedJson_Is400SayingTheDepth(string mediaType, string method)
    {
        var client = factory.CreateWriteClient();
        var nested = new string('[', 5000) + new string(']', 5000);
        var path = method == "POST" ? "/api/v1/tags" : "/api/v1/site";
        var request = new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = new StringContent($$"""{"name":"x","description":{{nested}}}""", Encoding.UTF8, mediaType),
        };
        if (method == "PATCH")
        {
            request.WithIfMatch((await client.GetAsync(path)).ETag());
        }

        var problem = await (await client.SendAsync(request)).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("depth", problem.GetProperty("detail").GetString());
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
