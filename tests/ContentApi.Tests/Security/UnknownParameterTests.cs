using System.Net;
using ContentApi.Data;
using ContentApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.Tests.Security;

/// <summary>No route takes a parameter it does not know, so `?cb=random` can neither bypass nor flood the output cache.</summary>
public sealed class UnknownParameterTests(WriteApiFactory factory) : IClassFixture<WriteApiFactory>
{
    [Theory]
    [InlineData("GET", $"/api/v1/articles/{SeedFacts.ArticleSlug}?cb=123", "preview")]
    [InlineData("GET", $"/api/v1/articles/{SeedFacts.ArticleSlug}/related?cb=1", "limit")]
    [InlineData("GET", "/api/v1/site?cb=1", "none")]
    [InlineData("GET", "/api/v1/donation-forms?cb=1", "page")]
    [InlineData("GET", "/api/v1/donation-forms/6?cb=1", "none")]
    [InlineData("GET", "/api/v1/authors?cb=1", "page")]
    [InlineData("GET", "/api/v1/authors/the-liberum?cb=1", "none")]
    [InlineData("GET", "/api/v1/tags?cb=1", "page")]
    [InlineData("GET", "/api/v1/keys?cb=1", "none")]
    [InlineData("POST", "/api/v1/tags?cb=1", "none")]
    [InlineData("GET", "/api/v1/search?q=syria&cb=1", "fields")]
    public async Task UnknownParameter_Is400ListingTheAllowedOnes(string method, string path, string allowed)
    {
        var response = await factory.CreateWriteClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        var messages = await response.AssertValidationProblemAsync("cb");
        Assert.Contains(messages, m => m.Contains("not a parameter", StringComparison.Ordinal) && m.Contains(allowed, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ParameterOrderAndNameCase_ShareOneCacheEntry()
    {
        var client = factory.CreateClient();
        var first = await client.GetStringAsync("/api/v1/authors?page=1&pageSize=5");
        await ChangeAuthorsBehindTheCachesBackAsync();

        var reordered = await client.GetStringAsync("/api/v1/authors?pageSize=5&page=1");
        var recased = await client.GetStringAsync("/api/v1/authors?PAGESIZE=5&Page=1");

        Assert.Equal(first, reordered);
        Assert.Equal(first, recased);
    }

    [Fact]
    public async Task AcceptEncodingSpellings_ShareTheEntryOfTheCodingChosen()
    {
        var first = await Get("/api/v1/authors?pageSize=10", "gzip, br");
        await ChangeAuthorsBehindTheCachesBackAsync();

        var respelled = await Get("/api/v1/authors?pageSize=10", "br;q=1.0, gzip;q=0.5, identity;q=0.1, x-made-up-coding");
        var uncached = await Get("/api/v1/authors?pageSize=11", "identity");

        Assert.Equal(first, respelled);
        Assert.Contains("Changed behind", uncached);
    }

    private async Task<string> Get(string path, string acceptEncoding)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        var response = await factory.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return $"{response.Headers.ETag} {await response.Content.ReadAsStringAsync()}";
    }

    private async Task ChangeAuthorsBehindTheCachesBackAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var bio = $"Changed behind the cache's back {Guid.NewGuid():N}";
        await scope.ServiceProvider.GetRequiredService<ContentDbContext>().Authors.ExecuteUpdateAsync(s => s.SetProperty(a => a.Bio, bio));
    }
}
