using System.Text.Json;
using ContentApi.Features.Articles;
using ContentApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Tests.Search;

/// <summary>
/// A search listed by date or title: on SQLite a word in many articles is read by walking the list's index and a
/// rare one by reading each match (see MatchFilter). Either way the pages must hold exactly the visible matches, in
/// the list's order, with the right total.
/// </summary>
public sealed class SearchInDateOrderTests(QueryDataFactory factory) : IClassFixture<QueryDataFactory>, IAsyncLifetime
{
    private const int Common = 240;
    private static readonly DateTime Start = new(2023, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    // Every 60th also holds a rare word; every 50th (from 7) is undated, every 45th (from 3) a draft. Made once per class.
    public async Task InitializeAsync()
    {
        if (!await factory.ExecuteDbContextAsync(db => db.Articles.AnyAsync(a => a.Slug == "plentiful-0")))
        {
            await factory.InsertIndexedAsync(Enumerable.Range(0, Common).Select(i => QueryDataFactory.Article(
                $"plentiful-{i}", $"Plentiful number {i}", i % 60 == 0 ? "plentiful and scarce" : "plentiful words",
                author: null, publishedAt: i % 50 == 7 ? null : Start.AddHours(i * 7 % Common), source: null, formId: null,
                i % 45 == 3 ? ArticleStatus.Draft : ArticleStatus.Published)).ToArray());
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("plentiful", "-publishedAt")]
    [InlineData("plentiful", "publishedAt")]
    [InlineData("plentiful", "title")]
    [InlineData("scarce", "-publishedAt")]
    [InlineData("plentiful scarce", "-publishedAt")]
    public async Task DateOrTitleOrderedSearch_ListsExactlyTheVisibleMatches_InOrder(string q, string sort)
    {
        var expected = Expected(q.Split(' '), sort);
        var listed = new List<string>();
        for (var page = 1; listed.Count < expected.Count && page <= 10; page++)
        {
            using var body = JsonDocument.Parse(await factory.CreateClient().GetStringAsync($"/api/v1/articles?q={q}&sort={sort}&pageSize=50&page={page}"));
            Assert.Equal(expected.Count, body.RootElement.GetProperty("meta").GetProperty("total").GetInt32());
            listed.AddRange(body.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()!));
        }
        Assert.Equal(expected, listed);
    }

    private static List<string> Expected(string[] words, string sort)
    {
        var visible = Enumerable.Range(0, Common)
            .Where(i => i % 45 != 3 && words.All(w => w == "plentiful" || i % 60 == 0))
            .Select(i => (Slug: $"plentiful-{i}", Title: $"Plentiful number {i}", Id: i, Date: i % 50 == 7 ? (DateTime?)null : Start.AddHours(i * 7 % Common)))
            .ToList();
        // Ids follow insertion, so i orders as the id does; undated articles come last, by id.
        return (sort switch
        {
            "-publishedAt" => visible.OrderBy(a => a.Date is null).ThenByDescending(a => a.Date).ThenBy(a => a.Id),
            "publishedAt" => visible.OrderBy(a => a.Date is null).ThenBy(a => a.Date).ThenBy(a => a.Id),
            _ => visible.OrderBy(a => a.Title, StringComparer.Ordinal).ThenBy(a => a.Id),
        }).Select(a => a.Slug).ToList();
    }
}
