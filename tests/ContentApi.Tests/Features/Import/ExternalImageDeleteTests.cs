using System.Net;
using ContentApi.Features.Media;
using ContentApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Tests.Features.Import;

/// <summary>An imported featured image points at its WordPress URL and has no file in the media store: deleting it deletes the record only, and answers 204, not an error after the commit.</summary>
public sealed class ExternalImageDeleteTests : IDisposable
{
    private readonly WriteApiFactory _factory = new();

    [Fact]
    public async Task DeleteExternalImage_Answers204_AndTheImageIsGone()
    {
        var report = await _factory.ImportAsync(ImportFiles.GiveWp);
        Assert.True(report.Succeeded, string.Join("; ", report.Errors));
        var id = await _factory.ExecuteDbContextAsync(db => db.Set<MediaItem>().Where(m => m.ExternalUrl != null).Select(m => m.Id).SingleAsync());
        var admin = _factory.CreateWriteClient();
        // Both imported posts that use it let go of it first: an image in use is refused with 409.
        foreach (var article in new[] { "/api/v1/articles/rockets-hit-a-base", "/api/v1/articles/rockets-hit-a-base-2" })
        {
            var detached = await admin.PatchAsync(article, new { featuredImageId = (int?)null }, await admin.ETagOfAsync(article));
            Assert.Equal(HttpStatusCode.OK, detached.StatusCode);
        }
        var etag = (await admin.GetAsync($"/api/v1/media/{id}")).ETag();

        var deleted = await admin.DeleteAsync($"/api/v1/media/{id}", etag);

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await (await admin.GetAsync($"/api/v1/media/{id}")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    public void Dispose() => _factory.Dispose();
}
