using System.Net;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Features.Articles.Querying;

public sealed class ArticleQueryValidationTests(QueryDataFactory factory) : IClassFixture<QueryDataFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/api/v1/articles?autor=writer-a", "autor", "Allowed: author, tag, tagMode")]
    [InlineData("/api/v1/authors/writer-a/articles?author=writer-b", "author", "Allowed: tag, tagMode")]
    [InlineData("/api/v1/tags/energy/articles?tagMode=all", "tagMode", "Allowed: author, publishedAfter")]
    [InlineData("/api/v1/search?q=oil&limit=3", "limit", "Allowed:")]
    [InlineData("/api/v1/articles?sort=newest", "sort", "-publishedAt, publishedAt, title, -title, -updatedAt, relevance")]
    [InlineData("/api/v1/articles?sort=relevance", "sort", "needs q")]
    [InlineData("/api/v1/articles?fields=slug,body", "fields", "unknown: body")]
    [InlineData("/api/v1/articles?fields=slug,donationForm", "fields", "only written with include=donationForm")]
    [InlineData("/api/v1/articles?fields=score", "fields", "only written with q")]
    [InlineData("/api/v1/articles?include=comments", "include", "author, tags, donationForm, related")]
    [InlineData("/api/v1/articles?relatedLimit=3", "relatedLimit", "only with include=related")]
    [InlineData("/api/v1/articles?include=related&relatedLimit=25", "relatedLimit", "from 1 to 24")]
    [InlineData("/api/v1/articles?tagMode=some", "tagMode", "any, all")]
    [InlineData("/api/v1/articles?tag=Energy", "tag", "lowercase")]
    [InlineData("/api/v1/articles?author=a,,b%20c", "author", "slugs")]
    [InlineData("/api/v1/articles?publishedAfter=yesterday", "publishedAfter", "ISO 8601")]
    [InlineData("/api/v1/articles?publishedBefore=2024-02-30", "publishedBefore", "ISO 8601")]
    [InlineData("/api/v1/articles?publishedAfter=2024-03-02&publishedBefore=2024-03-02", "publishedBefore", "must come after publishedAfter")]
    [InlineData("/api/v1/articles?hasDonationForm=yes", "hasDonationForm", "true or false")]
    [InlineData("/api/v1/articles?page=2&after=abc", "after", "not both")]
    [InlineData("/api/v1/articles?q=%22unclosed", "q", "unclosed quote")]
    [InlineData("/api/v1/search?q=AND%20OR", "q", "operator words")]
    [InlineData("/api/v1/search?q=*", "q", "* with no word")]
    [InlineData("/api/v1/search", "q", "q is required")]
    public async Task BadParameter_IsProblem400NamingItAndWhatIsAllowed(string url, string field, string expected)
    {
        var messages = await (await _client.GetAsync(url)).AssertValidationProblemAsync(field);

        Assert.Contains(messages, m => m.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Cursor_UnderAnotherSortFilterOrRoute_IsRejected()
    {
        var cursor = (await (await _client.GetAsync("/api/v1/articles?pageSize=2")).ReadJsonAsync()).NextCursor();

        foreach (var url in new[] { "/api/v1/articles?sort=title", "/api/v1/articles?author=writer-a", "/api/v1/tags/energy/articles?sort=-publishedAt", "/api/v1/search?q=oil" })
        {
            var messages = await (await _client.GetAsync($"{url}&after={cursor}")).AssertValidationProblemAsync("after");
            Assert.Contains(messages, m => m.Contains("another list", StringComparison.Ordinal));
        }
        // The shape may change between pages: same list, other fields.
        Assert.NotEmpty((await (await _client.GetAsync($"/api/v1/articles?fields=slug&include=author&pageSize=5&after={cursor}")).ReadJsonAsync()).Slugs());
    }

    [Theory]
    [InlineData("x")]
    [InlineData("eyJzIjoiYSIsImkiOjF9AAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("%2F%2F%2F")]
    public async Task Cursor_Tampered_Is400Not500(string cursor)
    {
        var messages = await (await _client.GetAsync($"/api/v1/articles?after={cursor}")).AssertValidationProblemAsync("after");

        Assert.Contains(messages, m => m.Contains("not a cursor this API made", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Cursor_OneCharacterChanged_Is400()
    {
        var cursor = (await (await _client.GetAsync("/api/v1/articles?pageSize=2")).ReadJsonAsync()).NextCursor()!;
        var tampered = cursor[..5] + (cursor[5] == 'A' ? 'B' : 'A') + cursor[6..];

        await (await _client.GetAsync($"/api/v1/articles?pageSize=2&after={tampered}")).AssertValidationProblemAsync("after");
    }

    [Fact]
    public async Task Cursor_ArticlePublishedWhileReaderPages_DoesNotShiftOrRepeat()
    {
        using var own = new QueryDataFactory();
        await own.InitializeAsync();
        var client = own.CreateClient();
        var before = (await (await client.GetAsync("/api/v1/articles?pageSize=100")).ReadJsonAsync()).Slugs();
        var first = await (await client.GetAsync("/api/v1/articles?pageSize=3")).ReadJsonAsync();

        await own.InsertIndexedAsync(
            QueryDataFactory.Article("breaking-news", "Breaking news", "Just in.", null, DateTime.UtcNow.AddMinutes(-1), null, null),
            QueryDataFactory.Article("old-news-found", "Old news found", "Dated between.", null, new DateTime(2024, 3, 1, 12, 0, 0, DateTimeKind.Utc), null, null));
        var second = await (await client.GetAsync($"/api/v1/articles?pageSize=3&after={first.NextCursor()}")).ReadJsonAsync();
        var pageTwoByNumber = await (await client.GetAsync("/api/v1/articles?pageSize=3&page=2")).ReadJsonAsync();

        Assert.Equal(before.Take(3), first.Slugs());
        // Breaking news lands before the cursor: nothing shifts or repeats. The older find lands after it, in its place.
        Assert.Equal([.. before.Skip(3).Take(2), "old-news-found"], second.Slugs());
        Assert.Empty(first.Slugs().Intersect(second.Slugs()));
        Assert.Equal("breaking-news", (await (await client.GetAsync("/api/v1/articles?pageSize=1")).ReadJsonAsync()).Slugs()[0]);
        Assert.NotEqual(second.Slugs(), pageTwoByNumber.Slugs());
    }
}
