using System.Net;
using ContentApi.Data;
using ContentApi.Features.Articles;
using ContentApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.Tests.Common.Caching;

public sealed class OutputCacheTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    private const string Slug = "internal-and-regional-implications-of-the-pkks-demise";
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Get_IsServedFromTheCacheUntilAWriteEvictsIt()
    {
        var path = $"/api/v1/articles/{Slug}";
        var first = await _client.GetStringAsync(path);
        await ChangeWithoutTellingTheAppAsync(db => db.Articles.Where(a => a.Slug == Slug)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Title, "Changed behind the cache's back")));

        var cached = await _client.GetStringAsync(path);
        await factory.ExecuteDbContextAsync(_ => Task.CompletedTask);
        var fresh = await _client.GetStringAsync(path);

        Assert.Equal(first, cached);
        Assert.Contains("Changed behind the cache's back", fresh);
    }

    [Fact]
    public async Task ArticleMadeDraft_IsNeverServedFromCacheAfterTheWrite()
    {
        const string slug = "when-reform-meets-resistance-the-fate-of-hezbollahs-weapons";
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync($"/api/v1/articles/{slug}")).StatusCode);
        Assert.Contains(slug, await _client.GetStringAsync("/api/v1/articles?pageSize=100"));

        await factory.ExecuteDbContextAsync(db => db.Articles.Where(a => a.Slug == slug)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, ArticleStatus.Draft)));
        try
        {
            Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/api/v1/articles/{slug}")).StatusCode);
            Assert.DoesNotContain(slug, await _client.GetStringAsync("/api/v1/articles?pageSize=100"));
        }
        finally
        {
            await factory.ExecuteDbContextAsync(db => db.Articles.Where(a => a.Slug == slug)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, ArticleStatus.Published)));
        }
    }

    [Fact]
    public async Task ScheduledArticle_AppearsInACachedListWhenDue_WithNoWrite()
    {
        var due = DateTime.UtcNow.AddSeconds(2);
        await factory.InsertAsync(new Article { Slug = "due-soon", Title = "Due soon", Status = ArticleStatus.Scheduled, PublishedAt = due });
        const string path = "/api/v1/articles?pageSize=97";

        Assert.DoesNotContain("due-soon", await _client.GetStringAsync(path));
        await Task.Delay(due - DateTime.UtcNow + TimeSpan.FromMilliseconds(1200));

        Assert.Contains("due-soon", await _client.GetStringAsync(path));
    }

    private async Task ChangeWithoutTellingTheAppAsync(Func<ContentDbContext, Task> change)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await change(scope.ServiceProvider.GetRequiredService<ContentDbContext>());
    }
}
