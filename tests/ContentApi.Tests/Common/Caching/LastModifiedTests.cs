using System.Net;
using ContentApi.Features.Articles;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Common.Caching;

public sealed class LastModifiedTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>, IAsyncLifetime
{
    private static readonly DateTime Updated = new(2025, 8, 1, 10, 30, 15, DateTimeKind.Utc);
    private readonly HttpClient _client = factory.CreateClient();

    public async Task InitializeAsync()
    {
        if (!await factory.ExecuteDbContextAsync(db => Task.FromResult(db.Articles.Any(a => a.Slug == "dated-and-updated"))))
        {
            await factory.InsertAsync(new Article
            {
                Slug = "dated-and-updated", Title = "Dated and updated", Status = ArticleStatus.Published,
                PublishedAt = Updated.AddDays(-1), UpdatedAt = Updated,
            });
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Article_WithUpdateTime_SendsItAsLastModified()
    {
        var response = await _client.GetAsync("/api/v1/articles/dated-and-updated");

        Assert.Equal(Updated, response.Content.Headers.LastModified?.UtcDateTime);
    }

    [Fact]
    public async Task Article_WithNoKnownTime_SendsNoLastModified()
    {
        var response = await _client.GetAsync($"/api/v1/articles/{SeedFacts.ArticleSlug}");

        Assert.Null(response.Content.Headers.LastModified);
    }

    [Theory]
    [InlineData(0, HttpStatusCode.NotModified)]
    [InlineData(3600, HttpStatusCode.NotModified)]
    [InlineData(-1, HttpStatusCode.OK)]
    public async Task IfModifiedSince_ComparesWithLastModified(int secondsAfterUpdate, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/articles/dated-and-updated");
        request.Headers.IfModifiedSince = Updated.AddSeconds(secondsAfterUpdate);

        Assert.Equal(expected, (await _client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task IfNoneMatch_WhenPresent_WinsOverIfModifiedSince()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/articles/dated-and-updated");
        request.Headers.IfModifiedSince = Updated.AddHours(1);
        request.Headers.TryAddWithoutValidation("If-None-Match", "\"stale\"");

        Assert.Equal(HttpStatusCode.OK, (await _client.SendAsync(request)).StatusCode);
    }
}
