using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ContentApi.Features.Media;
using ContentApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Tests.Features.Import;

/// <summary>Our GiveWP export's featured images: attachment 7 (with its size in the metadata) on two posts, and a missing attachment 999.</summary>
public sealed class FeaturedImageImportTests : IAsyncLifetime, IDisposable
{
    private const string BaseUrl = "https://theliberum.example/wp-content/uploads/2024/05/base.jpg";
    private readonly WriteApiFactory _factory = new();
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _client = _factory.CreateClient();
        var report = await _factory.ImportAsync(ImportFiles.GiveWp);
        Assert.True(report.Succeeded, string.Join("; ", report.Errors));
        Assert.Equal(1, report.Imported["images"]);
        Assert.Contains("attachment 999", Assert.Single(report.Warnings["featured image"]), StringComparison.Ordinal);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task GetArticle_ServesTheAttachmentAsItsImage_WithAltCaptionAndSize()
    {
        var image = (await _client.GetFromJsonAsync<JsonElement>("/api/v1/articles/rockets-hit-a-base")).GetProperty("featuredImage");

        Assert.Equal((BaseUrl, 1200, 800), (image.GetProperty("url").GetString(), image.GetProperty("width").GetInt32(), image.GetProperty("height").GetInt32()));
        Assert.Equal(("The base, seen from the road", "The base in eastern Syria"), (image.GetProperty("alt").GetString(), image.GetProperty("caption").GetString()));
        Assert.Equal($"{BaseUrl} 1200w", image.GetProperty("srcset").GetString());
    }

    [Fact]
    public async Task TwoPostsWithOneAttachment_ShareOneMediaItem_AndAMissingAttachmentIsNoImage()
    {
        var list = await _client.GetFromJsonAsync<JsonElement>("/api/v1/articles?pageSize=100");
        var images = list.GetProperty("items").EnumerateArray().ToDictionary(a => a.GetProperty("slug").GetString()!, a => a.GetProperty("featuredImage"));

        Assert.Equal(BaseUrl, images["rockets-hit-a-base-2"].GetProperty("url").GetString());
        Assert.Equal(JsonValueKind.Null, images["written-by-a-stranger"].ValueKind);
        Assert.Equal(1, await _factory.ExecuteDbContextAsync(db => db.Set<MediaItem>().CountAsync(m => m.ExternalUrl != null)));
    }

    [Fact]
    public async Task ImportAgain_MakesNoSecondMediaItem()
    {
        var again = await _factory.ImportAsync(ImportFiles.GiveWp);

        Assert.DoesNotContain("images", again.Imported.Keys);
        Assert.Equal(1, await _factory.ExecuteDbContextAsync(db => db.Set<MediaItem>().CountAsync()));
    }

    [Fact]
    public async Task MediaLibrary_ShowsTheExternalImage_AndItsFileRouteIs404NotAnError()
    {
        var id = await _factory.ExecuteDbContextAsync(db => db.Set<MediaItem>().Select(m => m.Id).SingleAsync());

        var item = await _factory.CreateWriteClient().GetFromJsonAsync<JsonElement>($"/api/v1/media/{id}");

        Assert.Equal(BaseUrl, item.GetProperty("url").GetString());
        await (await _client.GetAsync($"/media/{id}/base.jpg")).AssertProblemAsync(HttpStatusCode.NotFound);
    }
}
