using ContentApi.Features.Articles;
using ContentApi.Related;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Tests.Related;

/// <summary>A topic corpus in an empty app, indexed by one rebuild; shared by a test class that only reads it.</summary>
public sealed class RebuiltCorpusFixture : IAsyncLifetime
{
    public EmptyContentApiFactory Factory { get; } = new();
    public TopicCorpus Corpus { get; } = new(topics: 8, perTopic: 15, authors: 5, seed: 11);

    public async Task InitializeAsync()
    {
        await Factory.InsertCorpusAsync(Corpus);
        await Factory.RebuildRelatedAsync();
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Each article's stored list, by article id, in rank order.</summary>
    public async Task<Dictionary<int, List<RelatedScore>>> ListsAsync() =>
        (await Factory.StoredListsAsync()).GroupBy(s => s.ArticleId).ToDictionary(g => g.Key, g => g.OrderBy(s => s.Rank).ToList());

    public Task<Dictionary<int, Article>> ArticlesAsync() =>
        Factory.ExecuteDbContextAsync(db => db.Articles.AsNoTracking().Include(a => a.Tags).ThenInclude(t => t.Tag).ToDictionaryAsync(a => a.Id));
}
