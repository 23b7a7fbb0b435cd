using System.Net;
using System.Net.Http.Json;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Common.Caching;

/// <summary>
/// An edit evicts every cached answer that shows the edited article, and no other. A cached answer
/// is told by its `Age` header, which the output cache adds only when it serves from the cache.
/// </summary>
public sealed class PreciseEvictionTests(WriteApiFactory factory) : IClassFixture<WriteApiFactory>
{
    private readonly HttpClient _reader = factory.CreateClient();
    private readonly HttpClient _editor = factory.CreateWriteClient();

    [Fact]
    public async Task ArticleEdit_NoRouteShowingItStaysStale_UnrelatedAnswersStayCached()
    {
        var (x, y) = await TwoArticlesAsync();
        string[] showing =
        [
            $"/api/v1/articles/{x.Slug}", $"/api/v1/articles/{y.Slug}/related",
            "/api/v1/articles?pageSize=5", $"/api/v1/articles?tag={x.Tag}", "/api/v1/articles?author=ali-albeash&pageSize=100",
            $"/api/v1/tags/{x.Tag}/articles", "/api/v1/authors/ali-albeash/articles?pageSize=100", $"/api/v1/search?q={x.Word}",
            "/api/v1/feeds/rss.xml", "/api/v1/feeds/feed.json", "/sitemap.xml",
        ];
        // Its own related list (it is not in it), and what shows how many articles an author or tag has.
        string[] counting = [$"/api/v1/articles/{x.Slug}/related", $"/api/v1/tags/{x.Tag}", "/api/v1/authors/ali-albeash", "/api/v1/tags", "/api/v1/authors"];
        string[] unrelated =
        [
            $"/api/v1/articles/{y.Slug}", $"/api/v1/articles?tag={y.Tag}", $"/api/v1/tags/{y.Tag}/articles", $"/api/v1/tags/{y.Tag}",
            "/api/v1/authors/the-liberum", "/api/v1/authors/the-liberum/articles", "/api/v1/site", "/api/v1/donation-forms",
        ];
        await WarmAsync([.. showing, .. counting, .. unrelated]);

        var edited = await _editor.PatchAsync($"/api/v1/articles/{x.Slug}", new { title = $"Edited {x.Word}", slug = $"{x.Slug}-edited" },
            await _editor.ETagOfAsync($"/api/v1/articles/{x.Slug}"));
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);

        foreach (var url in showing.Select(u => u.Replace($"/articles/{x.Slug}", $"/articles/{x.Slug}-edited", StringComparison.Ordinal)))
        {
            var response = await _reader.GetAsync(url);
            Assert.True(response.Headers.Age is null, $"{url} was served from the cache after the edit.");
            Assert.Contains($"{x.Slug}-edited", await response.Content.ReadAsStringAsync());
        }
        foreach (var url in counting.Select(u => u.Replace($"/articles/{x.Slug}", $"/articles/{x.Slug}-edited", StringComparison.Ordinal)))
        {
            Assert.True((await _reader.GetAsync(url)).Headers.Age is null, $"{url} was served from the cache after the edit.");
        }
        foreach (var url in unrelated)
        {
            Assert.True((await _reader.GetAsync(url)).Headers.Age is not null, $"{url} was evicted by an edit it does not show.");
        }
    }

    [Fact]
    public async Task TagMovedAndUnpublished_ListsItWasInNoLongerShowIt()
    {
        var (x, y) = await TwoArticlesAsync();
        string[] was = [$"/api/v1/tags/{x.Tag}/articles", $"/api/v1/articles?tag={x.Tag}", $"/api/v1/tags/{x.Tag}"];
        string[] joins = [$"/api/v1/tags/{y.Tag}/articles", $"/api/v1/articles?tag={y.Tag}"];
        await WarmAsync(was.Concat(joins));

        var moved = await _editor.PatchAsync($"/api/v1/articles/{x.Slug}", new { tags = new[] { y.Tag } }, await _editor.ETagOfAsync($"/api/v1/articles/{x.Slug}"));
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);

        Assert.DoesNotContain(x.Slug, await _reader.GetStringAsync(was[0]));
        Assert.DoesNotContain(x.Slug, await _reader.GetStringAsync(was[1]));
        Assert.Contains("\"articleCount\":0", await _reader.GetStringAsync(was[2]));
        Assert.Contains(x.Slug, await _reader.GetStringAsync(joins[0]));
        Assert.Contains(x.Slug, await _reader.GetStringAsync(joins[1]));

        await WarmAsync([$"/api/v1/articles/{x.Slug}", $"/api/v1/articles/{y.Slug}/related", joins[0], "/api/v1/feeds/rss.xml"]);
        var unpublished = await _editor.PatchAsync($"/api/v1/articles/{x.Slug}", new { status = "draft" }, moved.ETag());
        Assert.Equal(HttpStatusCode.OK, unpublished.StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await _reader.GetAsync($"/api/v1/articles/{x.Slug}")).StatusCode);
        Assert.DoesNotContain(x.Slug, await _reader.GetStringAsync($"/api/v1/articles/{y.Slug}/related"));
        Assert.DoesNotContain(x.Slug, await _reader.GetStringAsync(joins[0]));
        Assert.DoesNotContain(x.Slug, await _reader.GetStringAsync("/api/v1/feeds/rss.xml"));
    }

    [Fact]
    public async Task RelatedWorker_EvictsTheListsItStoresAgain()
    {
        var oldest = (await (await _reader.GetAsync("/api/v1/articles?sort=publishedAt&pageSize=1")).ReadJsonAsync()).GetProperty("items")[0];
        var source = oldest.GetProperty("slug").GetString();
        var url = $"/api/v1/articles/{source}/related?limit={ContentApi.Features.Articles.RelatedQuery.MaxLimit}";
        await WarmAsync([url]);
        var article = await (await _reader.GetAsync($"/api/v1/articles/{source}")).ReadJsonAsync();

        // A copy of its text is its best candidate, so the worker stores the source's list again with the copy in it;
        // the write itself evicts nothing the list shows (the copy is new).
        var copy = await _editor.PostAsJsonAsync("/api/v1/articles", new
        {
            title = article.GetProperty("title").GetString(),
            slug = "a-copy-for-the-related-worker",
            bodyHtml = article.GetProperty("bodyHtml").GetString() ?? $"<p>{article.GetProperty("excerpt").GetString()}</p>",
            status = "published",
        });
        Assert.Equal(HttpStatusCode.Created, copy.StatusCode);
        await factory.CatchUpAsync();

        Assert.Contains("a-copy-for-the-related-worker", await _reader.GetStringAsync(url));
    }

    /// <summary>Reads each twice: the second must come from the cache, or the assertions after the edit would prove nothing.</summary>
    private async Task WarmAsync(IEnumerable<string> urls)
    {
        foreach (var url in urls)
        {
            Assert.Equal(HttpStatusCode.OK, (await _reader.GetAsync(url)).StatusCode);
            Assert.True((await _reader.GetAsync(url)).Headers.Age is not null, $"{url} is not served from the cache.");
        }
    }

    private sealed record Made(string Slug, string Tag, string Word);

    /// <summary>Two new published articles, each with a tag of its own and a word no other article has; the second's editor picks hold the first.</summary>
    private async Task<(Made X, Made Y)> TwoArticlesAsync()
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        var x = new Made($"x-{id}", $"tag-x-{id}", $"xword{id}");
        var y = new Made($"y-{id}", $"tag-y-{id}", $"yword{id}");
        foreach (var (made, author) in new[] { (x, "ali-albeash"), (y, "the-liberum") })
        {
            Assert.Equal(HttpStatusCode.Created, (await _editor.PostAsJsonAsync("/api/v1/tags", new { name = made.Tag })).StatusCode);
            Assert.Equal(HttpStatusCode.Created, (await _editor.PostAsJsonAsync("/api/v1/articles", new
            {
                title = $"Article {made.Word}", slug = made.Slug, bodyHtml = $"<p>About {made.Word}.</p>", status = "published", author, tags = new[] { made.Tag },
            })).StatusCode);
        }
        var links = $"/api/v1/articles/{y.Slug}/related-links";
        var set = await _editor.PutAsync(links, new { articles = new[] { x.Slug } }, (await _editor.GetAsync(links)).ETag());
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        await factory.CatchUpAsync();
        return (x, y);
    }
}
