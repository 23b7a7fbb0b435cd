using System.Net;
using System.Net.Http.Headers;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Common.Caching;

public sealed class ConditionalGetTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    private const string ArticlePath = $"/api/v1/articles/{SeedFacts.ArticleSlug}";
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData(ArticlePath)]
    [InlineData("/api/v1/articles")]
    [InlineData("/api/v1/authors/the-liberum")]
    [InlineData("/api/v1/donation-forms/6")]
    [InlineData("/api/v1/site")]
    public async Task Get_SendsStrongETagCacheControlAndVary(string path)
    {
        var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(response.Headers.ETag);
        Assert.False(response.Headers.ETag.IsWeak);
        Assert.Equal("public, max-age=60, stale-while-revalidate=300", response.Headers.CacheControl?.ToString());
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
    }

    [Theory]
    [InlineData(ArticlePath)]
    [InlineData("/api/v1/articles?pageSize=3")]
    public async Task IfNoneMatch_CurrentTag_Answers304WithSameValidatorsAndNoBody(string path)
    {
        var first = await _client.GetAsync(path);

        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var second = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal(first.Headers.CacheControl, second.Headers.CacheControl);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task IfNoneMatch_OtherTagOrWeakForm_BehavesPerRfc9110()
    {
        var current = (await _client.GetAsync(ArticlePath)).Headers.ETag!;

        Assert.Equal(HttpStatusCode.OK, (await SendWithIfNoneMatch("\"someone-elses\"")).StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, (await SendWithIfNoneMatch($"\"other\", W/{current.Tag}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, (await SendWithIfNoneMatch("*")).StatusCode);
    }

    [Fact]
    public async Task ListETag_ChangesWhenAnItemInTheListChanges()
    {
        var before = await _client.GetAsync("/api/v1/articles");
        await factory.ExecuteDbContextAsync(async db =>
        {
            var article = db.Articles.Single(a => a.Slug == SeedFacts.ArticleSlug);
            article.Excerpt = "A new excerpt.";
            await db.SaveChangesAsync();
        });

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/articles");
        request.Headers.IfNoneMatch.Add(before.Headers.ETag!);
        var after = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.Contains("A new excerpt.", await after.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task CachedList_KeepsItsLinkAndTotalHeaders()
    {
        var first = await _client.GetAsync("/api/v1/articles?pageSize=2&fields=slug,title");
        var second = await _client.GetAsync("/api/v1/articles?pageSize=2&fields=slug,title");

        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Contains("rel=\"next\"", second.Headers.GetValues("Link").Single());
        Assert.Equal(first.Headers.GetValues("X-Total-Count"), second.Headers.GetValues("X-Total-Count"));
        Assert.DoesNotContain("\"excerpt\"", await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Head_AnswersLikeGetWithoutBody()
    {
        var get = await _client.GetAsync(ArticlePath);

        var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, ArticlePath));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal(get.Content.Headers.ContentLength, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/v1/articles/none"))).StatusCode);
    }

    private Task<HttpResponseMessage> SendWithIfNoneMatch(string value)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, ArticlePath);
        request.Headers.TryAddWithoutValidation("If-None-Match", value);
        return _client.SendAsync(request);
    }
}
