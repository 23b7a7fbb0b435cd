using ContentApi.Features.Articles;
using ContentApi.Related;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Tests.Related;

/// <summary>
/// The incremental path, driven as the write path will drive it: change an article in the database,
/// then tell the index. Each test starts from its own rebuilt corpus.
/// </summary>
public sealed class RelatedIndexUpdateTests : IAsyncLifetime, IDisposable
{
    private readonly EmptyContentApiFactory _factory = new();
    private readonly TopicCorpus _corpus = new(topics: 6, perTopic: 12, authors: 4, seed: 3);

    public async Task InitializeAsync()
    {
        await _factory.InsertCorpusAsync(_corpus);
        await _factory.RebuildRelatedAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Update_ArticleRewrittenOnAnotherTopic_MovesToThatTopicsLists()
    {
        var moved = Published(topic: 0).First();
        var formerTopic = Published(topic: 0).Where(a => a.Id != moved.Id).ToList();
        Assert.NotEmpty(await ListingInTopSixAsync(moved.Id, formerTopic));

        await _factory.RewriteAsync(moved.Id, _corpus.NewArticle(3, "unused", ArticleStatus.Published, moved.PublishedAt));
        await _factory.UpdateRelatedAsync(moved.Id);

        Assert.Empty(await ListingInTopSixAsync(moved.Id, formerTopic));
        Assert.NotEmpty(await ListingInTopSixAsync(moved.Id, Published(topic: 3).ToList()));
        var own = await _factory.ReadRelatedAsync(moved.Id, 6);
        Assert.True(own.Items.Count(i => TopicOf(i.Id) == 3) >= 5, $"only {own.Items.Count(i => TopicOf(i.Id) == 3)} of 6 on the new topic");
    }

    [Fact]
    public async Task Update_NewArticle_GetsAListAndJoinsItsTopicsLists()
    {
        var added = _corpus.NewArticle(2, "a-new-one", ArticleStatus.Published, new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        await _factory.InsertGeneratedAsync(added);

        await _factory.UpdateRelatedAsync(added.Id);

        var own = await _factory.ReadRelatedAsync(added.Id, 6);
        Assert.Equal(6, own.Items.Count);
        Assert.True(own.Items.Count(i => TopicOf(i.Id) == 2) >= 5);
        Assert.NotEmpty(await ListingInTopSixAsync(added.Id, Published(topic: 2).ToList()));
    }

    [Fact]
    public async Task Remove_DeletedArticle_LeavesEveryListAndItsListersAreRefilled()
    {
        var deleted = Published(topic: 1).First();
        var listers = await ListersAsync(deleted.Id);
        Assert.NotEmpty(listers);

        await _factory.ExecuteDbContextAsync(db => db.Articles.Where(a => a.Id == deleted.Id).ExecuteDeleteAsync());
        await _factory.RemoveRelatedAsync(deleted.Id);

        Assert.Empty(await ListersAsync(deleted.Id));
        var lists = (await _factory.StoredListsAsync()).ToLookup(s => s.ArticleId);
        Assert.All(listers, id => Assert.Equal(RelatedTuning.ListSize, lists[id].Count()));
        Assert.False(await _factory.ExecuteDbContextAsync(db => db.Set<IndexedArticle>().AnyAsync(i => i.ArticleId == deleted.Id)));
    }

    [Fact]
    public async Task Update_ArticleArchived_LeavesTheIndexAndEveryList()
    {
        var archived = Published(topic: 4).First();
        Assert.NotEmpty(await ListersAsync(archived.Id));

        await _factory.ExecuteDbContextAsync(db => db.Articles.Where(a => a.Id == archived.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, ArticleStatus.Archived)));
        await _factory.UpdateRelatedAsync(archived.Id);

        Assert.Empty(await ListersAsync(archived.Id));
        Assert.DoesNotContain(archived.Id, (await _factory.StoredListsAsync()).Select(s => s.ArticleId));
    }

    [Fact]
    public async Task Updates_DocumentFrequencies_StayEqualToAFullRecount()
    {
        var edited = Published(topic: 5).First();
        await _factory.RewriteAsync(edited.Id, _corpus.NewArticle(1, "unused", ArticleStatus.Published, null));
        await _factory.UpdateRelatedAsync(edited.Id);
        var added = _corpus.NewArticle(0, "another-new-one", ArticleStatus.Published, null);
        await _factory.InsertGeneratedAsync(added);
        await _factory.UpdateRelatedAsync(added.Id);
        var deleted = Published(topic: 2).First();
        await _factory.ExecuteDbContextAsync(db => db.Articles.Where(a => a.Id == deleted.Id).ExecuteDeleteAsync());
        await _factory.RemoveRelatedAsync(deleted.Id);
        var incremental = await CountsAsync();

        await _factory.RebuildRelatedAsync();

        Assert.Equal(await CountsAsync(), incremental);
    }

    private IEnumerable<Article> Published(int topic) =>
        _corpus.Published.Where(a => a.Topic == topic).Select(a => a.Article);

    private int TopicOf(int id) => _corpus.Articles.Single(a => a.Article.Id == id).Topic;

    /// <summary>Which of <paramref name="articles"/> show <paramref name="id"/> among their six.</summary>
    private async Task<List<int>> ListingInTopSixAsync(int id, List<Article> articles)
    {
        var listing = new List<int>();
        foreach (var article in articles)
        {
            if ((await _factory.ReadRelatedAsync(article.Id, 6)).Items.Any(i => i.Id == id))
            {
                listing.Add(article.Id);
            }
        }
        return listing;
    }

    private Task<List<int>> ListersAsync(int id) =>
        _factory.ExecuteDbContextAsync(db => db.Set<RelatedScore>().Where(s => s.RelatedArticleId == id).Select(s => s.ArticleId).ToListAsync());

    private Task<List<string>> CountsAsync() => _factory.ExecuteDbContextAsync(async db =>
        (await db.Set<DocumentFrequency>().OrderBy(f => f.Term).Select(f => f.Term + " " + f.Documents).ToListAsync())
        .Concat(await db.Set<IndexedArticle>().OrderBy(i => i.ArticleId).Select(i => i.ArticleId + ": " + i.Terms).ToListAsync())
        .ToList());
}
