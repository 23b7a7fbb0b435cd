using System.Net;
using System.Net.Http.Json;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Features.Articles.Querying;

/// <summary>The filter slugs' ids are kept in memory: a write that adds or renames an author or tag is seen by the next list.</summary>
public sealed class ArticleSlugIdsTests(WriteApiFactory factory) : IClassFixture<WriteApiFactory>
{
    private readonly HttpClient _editor = factory.CreateWriteClient();

    [Fact]
    public async Task FilteredList_SeesAuthorsAndTagsCreatedAfterTheirSlugsWereAskedFor()
    {
        // Another page size each time: the output cache keeps answers by URL, the slug ids by slugs alone.
        Assert.Equal(0, await TotalAsync("/api/v1/articles?author=kept-slug-author&tag=kept-slug-tag&pageSize=10"));

        await CreateAsync("/api/v1/authors", new { name = "Kept Slug Author" });
        await CreateAsync("/api/v1/tags", new { name = "Kept Slug Tag" });
        await CreateAsync("/api/v1/articles", new { title = "Kept slug article", status = "published", author = "kept-slug-author", tags = new[] { "kept-slug-tag" } });

        Assert.Equal(1, await TotalAsync("/api/v1/articles?author=kept-slug-author&tag=kept-slug-tag&pageSize=11"));
        Assert.Equal(1, await TotalAsync("/api/v1/articles?tag=kept-slug-tag&pageSize=12"));
    }

    [Fact]
    public async Task FilteredList_FollowsATagsNewSlug()
    {
        var tag = await CreateAsync("/api/v1/tags", new { name = "Renamed Slug Tag" });
        await CreateAsync("/api/v1/articles", new { title = "Renamed slug article", status = "published", tags = new[] { "renamed-slug-tag" } });
        Assert.Equal(1, await TotalAsync("/api/v1/articles?tag=renamed-slug-tag&pageSize=10"));
        Assert.Equal(0, await TotalAsync("/api/v1/articles?tag=renamed-slug-tag-2&pageSize=10"));

        var renamed = await _editor.PatchAsync(tag, new { slug = "renamed-slug-tag-2" }, (await factory.CreateClient().GetAsync(tag)).ETag());
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);

        Assert.Equal(0, await TotalAsync("/api/v1/articles?tag=renamed-slug-tag&pageSize=11"));
        Assert.Equal(1, await TotalAsync("/api/v1/articles?tag=renamed-slug-tag-2&pageSize=11"));
    }

    private async Task<int> TotalAsync(string list)
    {
        var response = await factory.CreateClient().GetAsync(list);
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
