using System.Net;
using System.Net.Http.Json;
using ContentApi.Common.Auth;
using ContentApi.Tests.Common;
using ContentApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ContentApi.Tests.Security;

/// <summary>Every delivery status leaves with a deliberate Cache-Control.</summary>
public sealed class StatusCacheControlTests(WriteApiFactory factory) : IClassFixture<WriteApiFactory>
{
    [Fact]
    public async Task RetiredSlug_301_IsCachedBriefly()
    {
        var client = factory.CreateWriteClient();
        var created = await client.PostAsJsonAsync("/api/v1/articles", new { title = "Soon renamed", bodyHtml = "<p>x</p>", status = "published" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var renamed = await client.PatchAsync("/api/v1/articles/soon-renamed", new { slug = "renamed-at-last" }, created.ETag());
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);

        var response = await factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync("/api/v1/articles/soon-renamed");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("public, max-age=60", response.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData("/api/v1/articles/no-such-article")]
    [InlineData("/api/v1/authors/no-such-author")]
    [InlineData("/api/v1/donation-forms/999")]
    public async Task DeliveryNotFound_IsCachedBriefly(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("public, max-age=30", response.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData("/api/v1/articles?pageSize=1000", null, HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/articles?cb=1", null, HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/site", "capi_wrong-key-0123456789abcdef0123456789", HttpStatusCode.Unauthorized)]
    [InlineData("/api/v1/nothing-here", null, HttpStatusCode.NotFound)]
    [InlineData("/api/v1/keys", null, HttpStatusCode.Unauthorized)]
    public async Task Refusals_AreNeverStored(string path, string? key, HttpStatusCode status)
    {
        var client = key is null ? factory.CreateClient() : factory.CreateClient(key);

        var response = await client.GetAsync(path);

        await response.AssertProblemAsync(status);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task NotModified_KeepsTheContentsCacheControl()
    {
        var client = factory.CreateClient();
        var first = await client.GetAsync($"/api/v1/articles/{SeedFacts.ArticleSlug}");
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/articles/{SeedFacts.ArticleSlug}");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Equal(first.Headers.CacheControl?.ToString(), response.Headers.CacheControl?.ToString());
    }
}

public sealed class KeyedCacheControlTests(RequireReadKeyTests.Factory factory) : IClassFixture<RequireReadKeyTests.Factory>
{
    [Theory]
    [InlineData($"/api/v1/articles/{SeedFacts.ArticleSlug}", HttpStatusCode.OK)]
    [InlineData("/api/v1/articles", HttpStatusCode.OK)]
    [InlineData("/api/v1/articles/no-such-article", HttpStatusCode.NotFound)]
    public async Task WithRequireReadKey_KeyedAnswersArePrivate(string path, HttpStatusCode status)
    {
        var client = factory.CreateClient(await factory.CreateKeyAsync($"reader-{Guid.NewGuid():N}", Scopes.Read));

        var first = await client.GetAsync(path);
        var again = await client.GetAsync(path);

        Assert.Equal(status, first.StatusCode);
        foreach (var response in new[] { first, again })
        {
            Assert.True(response.Headers.CacheControl is { Private: true, Public: false }, $"{response.Headers.CacheControl}");
        }
    }
}
