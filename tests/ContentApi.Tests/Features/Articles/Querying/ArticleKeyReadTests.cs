using ContentApi.Data;
using ContentApi.Features.Articles;
using ContentApi.Features.Articles.Querying;
using ContentApi.Search;
using ContentApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.Tests.Features.Articles.Querying;

/// <summary>
/// On a SQLite file a list's page of keys is EF's SQL run on a statement kept prepared, read by <c>ArticleKey.Read</c>:
/// for every sort, and after a cursor, it must read what EF itself materializes (ids, dates as UTC, titles, scores).
/// </summary>
public sealed class ArticleKeyReadTests(QueryDataFactory factory) : IClassFixture<QueryDataFactory>
{
    [SqliteFact]
    public async Task KeptStatement_ReadsEachSortsKeys_AsEfMaterializesThem()
    {
        using var scope = factory.Services.CreateScope();
        var reads = scope.ServiceProvider.GetRequiredService<IPreparedReads>();
        Assert.IsType<SqlitePreparedReads>(reads);
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        Assert.True(SearchQueryParser.TryParse("oil", out var oil, out _));
        var matches = scope.ServiceProvider.GetRequiredService<ISearchIndex>().Search(oil!);

        var compared = 0;
        foreach (var sort in ArticleSort.All)
        {
            var keys = ArticleKey.Of(db.Articles.AsNoTracking().Visible(), narrowed: true, sort, matches);
            foreach (var segment in ArticleOrder.Segments(sort))
            {
                var ordered = segment.Order(segment.Rows(keys));
                var expected = await ordered.ToListAsync();
                AssertSame(expected, await reads.ToListAsync(ordered, ArticleKey.Read, CancellationToken.None));
                compared += expected.Count;
                if (expected.Count > 1)
                {
                    var after = segment.Order(segment.Rows(segment.After(keys, expected[0].Position(sort)))).Take(5);
                    AssertSame(await after.ToListAsync(), await reads.ToListAsync(after, ArticleKey.Read, CancellationToken.None));
                }
            }
        }
        Assert.True(compared > 20, $"Only {compared} keys compared: the data has too little to tell.");
    }

    private static void AssertSame(List<ArticleKey> expected, List<ArticleKey> actual)
    {
        Assert.Equal(Describe(expected), Describe(actual));
        Assert.All(actual, k => Assert.True(k.Date is null || k.Date.Value.Kind == DateTimeKind.Utc, $"Article {k.Id}'s date is not UTC."));
    }

    private static List<string> Describe(List<ArticleKey> keys) =>
        keys.ConvertAll(k => $"{k.Id} {k.Date:O} {k.Text} {k.Score:R}");
}
