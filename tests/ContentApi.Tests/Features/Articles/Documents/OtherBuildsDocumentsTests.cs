using ContentApi.Common.Writes;
using ContentApi.Data;
using ContentApi.Features.Articles;
using ContentApi.Features.Articles.Documents;
using ContentApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.Tests.Features.Articles.Documents;

/// <summary>
/// After a deploy every stored document is another build's: the worker drops them a thousand at a time (so writes
/// interleave) and renders each again. Past the first thousand none may be left behind: an article with another
/// build's document counts as stored, and would never be rendered again.
/// </summary>
public sealed class OtherBuildsDocumentsTests(ArticleDocumentFactory factory) : IClassFixture<ArticleDocumentFactory>
{
    private const int Articles = 1_150;

    [Fact]
    public async Task NewBuild_DropsEveryOtherBuildsDocument_AndStoresAllAgain()
    {
        // This app's own first pass done: only the restarted app below may drop what is written next.
        await factory.RenderMissingAsync();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
            using var write = await scope.ServiceProvider.GetRequiredService<WriteGate>().EnterAsync(CancellationToken.None);
            var articles = Enumerable.Range(0, Articles).Select(i => QueryDataFactory.Article(
                $"built-before-{i}", $"Built before {i}", "Text.", null, DateTime.UtcNow.AddDays(-1).AddMinutes(i), null, null)).ToList();
            db.AddRange(articles);
            await db.SaveChangesAsync();
            await db.Set<ArticleDocument>().ExecuteUpdateAsync(d => d.SetProperty(x => x.Version, "another-build"));
            db.AddRange(articles.Select(a => new ArticleDocument
            {
                ArticleId = a.Id, Slug = a.Slug, Status = a.Status, PublishedAt = a.PublishedAt, ETag = "\"old\"", Json = [1], Version = "another-build",
            }));
            await db.SaveChangesAsync();
        }

        using var restarted = factory.Restart();
        await restarted.Services.GetRequiredService<ArticleDocumentWorker>().RenderMissingAsync(CancellationToken.None);

        await using var check = restarted.Services.CreateAsyncScope();
        var documents = check.ServiceProvider.GetRequiredService<ContentDbContext>().Set<ArticleDocument>();
        Assert.Equal(0, await documents.CountAsync(d => d.Version != ArticleDocumentVersion.Current));
        Assert.True(await documents.CountAsync() >= Articles + 1, "Every listed article, the seed's among them, has its document again.");
        await factory.AssertStoredAndCurrentAsync($"built-before-{Articles - 1}");
    }
}
