using ContentApi.Data;
using ContentApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.Tests.Features.Feeds;

public sealed class FeedCachingTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    [Theory]
    [InlineData("/api/v1/feeds/atom.xml")]
    [InlineData("/sitemap.xml")]
    public async Task Get_IsServedFromTheOutputCacheUntilAWriteEvictsIt(string path)
    {
        var client = factory.CreateClient();
        var first = await client.GetStringAsync(path);
        var moved = $"https://theliberum.com/moved-for{path.Replace('/', '-')}";
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ContentDbContext>().Articles.Where(a => a.Slug == SeedFacts.ArticleSlug)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.CanonicalUrl, moved));
        }

        var cached = await client.GetStringAsync(path);
        await factory.ExecuteDbContextAsync(_ => Task.CompletedTask);
        var fresh = await client.GetStringAsync(path);

        Assert.DoesNotContain(moved, first);
        Assert.Equal(first, cached);
        Assert.Contains(moved, fresh);
    }
}
