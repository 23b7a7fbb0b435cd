using System.Net;
using ContentApi.Data;
using ContentApi.Features.Articles.Documents;
using ContentApi.Tests.Features.Media;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.Tests.Features.Articles.Documents;

/// <summary>
/// The app with the output cache off, so every GET reaches the endpoint, and helpers that say where an
/// answer came from: the stored document or the rendering path (`preview=true` always renders).
/// </summary>
public sealed class ArticleDocumentFactory : MediaApiFactory
{
    protected override IEnumerable<(string Key, string Value)> MediaSettings => [("Caching:OutputCacheEnabled", "false")];

    public Task<int> RenderMissingAsync() => Services.GetRequiredService<ArticleDocumentWorker>().RenderMissingAsync(CancellationToken.None);

    public async Task<ArticleDocument?> DocumentAsync(string slug)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ContentDbContext>().Set<ArticleDocument>().AsNoTracking()
            .SingleOrDefaultAsync(d => d.Slug == slug);
    }

    /// <summary>The public answer equals the rendering path's, byte for byte; returns the public answer's bytes.</summary>
    public async Task<byte[]> AssertCurrentAsync(string slug)
    {
        var served = await CreateClient().GetAsync($"/api/v1/articles/{slug}");
        var rendered = await CreateWriteClient().GetAsync($"/api/v1/articles/{slug}?preview=true");
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal(HttpStatusCode.OK, rendered.StatusCode);
        var bytes = await served.Content.ReadAsByteArrayAsync();
        Assert.Equal(await rendered.Content.ReadAsStringAsync(), System.Text.Encoding.UTF8.GetString(bytes));
        Assert.Equal(rendered.Headers.ETag, served.Headers.ETag);
        Assert.Equal(rendered.Content.Headers.LastModified, served.Content.Headers.LastModified);
        return bytes;
    }

    /// <summary>Current, and served from a document holding exactly those bytes and that ETag.</summary>
    public async Task AssertStoredAndCurrentAsync(string slug)
    {
        var bytes = await AssertCurrentAsync(slug);
        var document = await DocumentAsync(slug);
        Assert.NotNull(document);
        Assert.Equal(bytes, document.Json);
        Assert.Equal(document.ETag, (await CreateClient().GetAsync($"/api/v1/articles/{slug}")).Headers.ETag?.ToString());
    }

    /// <summary>
    /// A list served from the stored list items equals, byte for byte, the list projected from the rows (the path
    /// taken while an item is not stored), and every item on it was stored.
    /// </summary>
    public async Task AssertListStoredAndCurrentAsync(string list)
    {
        var served = await CreateClient().GetStringAsync(list);
        await using var scope = Services.CreateAsyncScope();
        var documents = scope.ServiceProvider.GetRequiredService<ContentDbContext>().Set<ArticleDocument>();
        var stored = await documents.Where(d => d.ListItem != null).Select(d => new { d.ArticleId, d.ListItem }).ToListAsync();
        var listed = System.Text.Json.JsonDocument.Parse(served).RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).ToList();
        Assert.NotEmpty(listed);
        Assert.All(listed, id => Assert.Contains(id, stored.Select(s => s.ArticleId)));

        await documents.ExecuteUpdateAsync(s => s.SetProperty(d => d.ListItem, (byte[]?)null));
        var projected = await CreateClient().GetStringAsync(list);
        foreach (var item in stored)
        {
            await documents.Where(d => d.ArticleId == item.ArticleId).ExecuteUpdateAsync(s => s.SetProperty(d => d.ListItem, item.ListItem));
        }
        Assert.Equal(projected, served);
    }
}
