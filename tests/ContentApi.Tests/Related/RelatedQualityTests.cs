using ContentApi.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ContentApi.Tests.Related;

/// <summary>
/// Offline evaluation on a corpus with known topics (see <see cref="TopicCorpus"/>): how many of the
/// six computed items an article shows are on its own topic.
/// </summary>
public sealed class RelatedQualityTests(ITestOutputHelper output)
{
    [Fact]
    public async Task ComputedLists_TopicCorpus_PrecisionAtSixIsAtLeastNinetyPercent()
    {
        using var factory = new EmptyContentApiFactory();
        var corpus = new TopicCorpus(topics: 20, perTopic: 30, authors: 8);
        await factory.InsertCorpusAsync(corpus);
        var report = await factory.RebuildRelatedAsync();

        var topicOf = corpus.Articles.ToDictionary(a => a.Article.Id, a => a.Topic);
        var (hits, shown, lists) = (0, 0, 0);
        foreach (var (article, topic) in corpus.Published)
        {
            var related = await factory.ReadRelatedAsync(article.Id, 6);
            hits += related.Items.Count(i => topicOf[i.Id] == topic);
            shown += related.Items.Count;
            lists++;
        }

        var precision = hits / (double)shown;
        output.WriteLine($"precision@6 = {precision:F3} over {lists} lists ({shown} items); index: {report.Articles} articles, {report.Terms} terms, built in {report.Elapsed.TotalSeconds:F2} s");
        Assert.Equal(lists * 6, shown);
        Assert.True(precision >= 0.9, $"precision@6 is {precision:F3}, below 0.9");
    }

    [Fact]
    public async Task ComputedLists_TopicCorpus_NoAuthorOrPrimaryTagFillsMoreThanHalf()
    {
        using var factory = new EmptyContentApiFactory();
        // Two authors on four topics: without the rule, one author would often fill a list.
        var corpus = new TopicCorpus(topics: 4, perTopic: 20, authors: 2, seed: 7);
        await factory.InsertCorpusAsync(corpus);
        await factory.RebuildRelatedAsync();

        foreach (var (article, _) in corpus.Published)
        {
            var items = (await factory.ReadRelatedAsync(article.Id, 6)).Items;
            Assert.Equal(6, items.Count);
            Assert.All(items.GroupBy(i => i.Author?.Slug), g => Assert.True(g.Count() <= 3, $"{g.Key} has {g.Count()} of 6 in {article.Slug}'s list"));
            Assert.All(items.Where(i => i.Tags.Count > 0).GroupBy(i => i.Tags[0].Slug), g => Assert.True(g.Count() <= 3, $"{g.Key} leads {g.Count()} of 6 in {article.Slug}'s list"));
        }
    }
}
