using ContentApi.Features.Articles;
using ContentApi.Search;
using ContentApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.Tests.Search;

/// <summary>
/// Articles where ranking matters: a few words spread over titles, excerpts and bodies of very different
/// lengths, so field weights, counts and lengths all move a score. Seeded: the same corpus every run.
/// </summary>
public static class SearchCorpus
{
    private static readonly string[] Common = ["alpha", "beta", "gamma", "delta"];
    private static readonly string[] Filler = ["lorem", "ipsum", "dolor", "sit", "amet", "consectetur", "zeta", "eta", "theta", "iota", "kappa"];

    public static IEnumerable<Article> Articles(int count)
    {
        var random = new Random(11);
        string Words(int min, int max) => string.Join(' ', Enumerable.Range(0, random.Next(min, max)).Select(_ =>
            random.Next(4) == 0 ? Common[random.Next(Common.Length)] : Filler[random.Next(Filler.Length)]));
        for (var i = 0; i < count; i++)
        {
            var title = Words(2, 8);
            yield return new Article
            {
                Slug = $"corpus-{i}",
                Title = char.ToUpperInvariant(title[0]) + title[1..],
                Excerpt = Words(5, 20),
                BodyText = Words(10, 400),
                BodyHtml = "<p>corpus</p>",
                Status = ArticleStatus.Published,
                PublishedAt = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(i),
            };
        }
    }
}

/// <summary>The app with <see cref="SearchCorpus"/>'s 420 articles, indexed and listed as at a first start over them.</summary>
public sealed class SearchCorpusFactory : WriteApiFactory, IAsyncLifetime
{
    public Task InitializeAsync() => ExecuteDbContextAsync(async db =>
    {
        db.Articles.AddRange(SearchCorpus.Articles(420));
        await db.SaveChangesAsync();
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ISearchIndex>().RebuildAsync(default);
        return 0;
    });

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
