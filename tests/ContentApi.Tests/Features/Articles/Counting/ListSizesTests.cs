using System.Net;
using System.Net.Http.Json;
using ContentApi.Common.Changes;
using ContentApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.Tests.Features.Articles.Counting;

/// <summary>
/// A list's size is kept in memory between commits (<c>ListSizes</c>): each answer's total must still be exact after a
/// write, and at the moment a scheduled article appears with no write.
/// </summary>
public sealed class ListSizesTests(WriteApiFactory factory) : IClassFixture<WriteApiFactory>
{
    private const string Filtered = "/api/v1/articles?author=sized-author&tag=sized-tag&sort=title";
    private readonly HttpClient _editor = factory.CreateWriteClient();
    private int _pageSize = 10;

    [Fact]
    public async Task FilteredListTotal_FollowsEveryWrite_AndAScheduledArticleAtItsMoment()
    {
        await CreateAsync("/api/v1/authors", new { name = "Sized Author" });
        await CreateAsync("/api/v1/tags", new { name = "Sized Tag" });
        var first = await CreateAsync("/api/v1/articles", new { title = "Sized one", status = "published", author = "sized-author", tags = new[] { "sized-tag" } });
        Assert.Equal(1, await TotalAsync());
        Assert.Equal(1, await TotalAsync());

        await CreateAsync("/api/v1/articles", new { title = "Sized two", status = "published", author = "sized-author", tags = new[] { "sized-tag" } });
        Assert.Equal(2, await TotalAsync());
        Assert.Equal(HttpStatusCode.OK, (await _editor.PatchAsync(first, new { status = "draft" }, await _editor.ETagOfAsync(first))).StatusCode);
        Assert.Equal(1, await TotalAsync());

        // Stopped: its record of what came due is a commit, which would make the memory forget anyway.
        await factory.Services.GetRequiredService<ComingDueWorker>().StopAsync(CancellationToken.None);
        var moment = DateTime.UtcNow.AddSeconds(2);
        await CreateAsync("/api/v1/articles", new { title = "Sized later", status = "scheduled", publishedAt = moment, author = "sized-author", tags = new[] { "sized-tag" } });
        Assert.Equal(1, await TotalAsync());
        await Task.Delay(moment - DateTime.UtcNow + TimeSpan.FromMilliseconds(50));
        Assert.Equal(2, await TotalAsync());
    }

    /// <summary>Another page size each time: the output cache keeps answers by URL, the sizes by what the list holds.</summary>
    private async Task<int> TotalAsync()
    {
        var response = await factory.CreateClient().GetAsync($"{Filtered}&pageSize={_pageSize++}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.ReadJsonAsync()).GetProperty("meta").GetProperty("total").GetInt32();
    }

    private async Task<string> CreateAsync(string route, object body)
    {
        var response = await _editor.PostAsJsonAsync(route, body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return response.Headers.Location!.ToString();
    }
}
