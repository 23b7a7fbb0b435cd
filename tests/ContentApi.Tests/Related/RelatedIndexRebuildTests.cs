using ContentApi.Features.Articles;
using ContentApi.Related;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Tests.Related;

public sealed class RelatedIndexRebuildTests(RebuiltCorpusFixture fixture) : IClassFixture<RebuiltCorpusFixture>
{
    [Fact]
    public async Task Rebuild_TwiceOverTheSameContent_StoresTheSameListsTermsAndCounts()
    {
        var before = await SnapshotAsync();

        await fixture.Factory.RebuildRelatedAsync();

        var after = await SnapshotAsync();
        Assert.NotEmpty(before.Lists);
        Assert.Equal(before.Lists, after.Lists);
        Assert.Equal(before.Terms, after.Terms);
        Assert.Equal(before.Frequencies, after.Frequencies);
    }

    [Fact]
    public async Task Rebuild_EveryIndexableArticle_GetsAFullListWithoutItselfDuplicatesOrHiddenArticles()
    {
        var lists = await fixture.ListsAsync();
        var articles = await fixture.ArticlesAsync();

        var indexable = articles.Values.Where(a => a.Status is ArticleStatus.Published or ArticleStatus.Scheduled).Select(a => a.Id);
        Assert.Equal(indexable.Order(), lists.Keys.Order());
        foreach (var (id, list) in lists)
        {
            Assert.Equal(RelatedTuning.ListSize, list.Count);
            Assert.Equal(Enumerable.Range(1, list.Count), list.Select(s => s.Rank));
            Assert.DoesNotContain(id, list.Select(s => s.RelatedArticleId));
            Assert.Equal(list.Count, list.Select(s => s.RelatedArticleId).Distinct().Count());
            Assert.All(list, s => Assert.DoesNotContain(articles[s.RelatedArticleId].Status, new[] { ArticleStatus.Draft, ArticleStatus.Archived }));
        }
    }

    [Fact]
    public async Task Rebuild_Scores_AreWithinZeroAndOneAndNeverRiseDownAList()
    {
        foreach (var list in (await fixture.ListsAsync()).Values)
        {
            Assert.All(list, s => Assert.InRange(s.Score, 0, 1));
            Assert.Equal(list.Select(s => s.Score).OrderDescending(), list.Select(s => s.Score));
        }
    }

    [Fact]
    public async Task Rebuild_Reasons_SayWhatBothArticlesShare()
    {
        var articles = await fixture.ArticlesAsync();
        var terms = articles.Values.ToDictionary(a => a.Id, a => TermCounts.Of(a.Title, a.Excerpt, a.BodyText).Counts.Select(c => c.Key).ToHashSet());
        foreach (var row in (await fixture.ListsAsync()).Values.SelectMany(l => l))
        {
            var (source, related) = (articles[row.ArticleId], articles[row.RelatedArticleId]);
            var reasons = ReasonsJson.Read(row.Reasons);

            Assert.Contains(reasons, r => r.Kind is RelatedReasonKind.Text or RelatedReasonKind.SharedTags);
            Assert.Equal(reasons.Count, reasons.Select(r => r.Kind).Distinct().Count());
            var sharedTags = reasons.SingleOrDefault(r => r.Kind == RelatedReasonKind.SharedTags)?.Tags ?? [];
            Assert.Equal(Slugs(source).Intersect(Slugs(related)).Order(), sharedTags.Order());
            var sharedTerms = reasons.SingleOrDefault(r => r.Kind == RelatedReasonKind.Text)?.Terms ?? [];
            Assert.All(sharedTerms, t => Assert.True(terms[source.Id].Contains(t) && terms[related.Id].Contains(t), $"'{t}' is not in both texts"));
            Assert.Equal(source.AuthorId == related.AuthorId, reasons.Any(r => r.Kind == RelatedReasonKind.SameAuthor));
            var daysApart = (source.PublishedAt - related.PublishedAt)?.Duration().TotalDays;
            Assert.Equal(daysApart <= RelatedTuning.RecencyHalfLifeDays, reasons.Any(r => r.Kind == RelatedReasonKind.Recent));
        }
    }

    private static IEnumerable<string> Slugs(Article article) => article.Tags.Select(t => t.Tag.Slug);

    private async Task<(List<string> Lists, List<string> Terms, List<string> Frequencies)> SnapshotAsync()
    {
        var factory = fixture.Factory;
        var lists = (await factory.StoredListsAsync()).Select(s => $"{s.ArticleId} {s.Rank} {s.RelatedArticleId} {s.Score} {s.Reasons}").ToList();
        var terms = (await factory.RowsAsync<ArticleTerm>(q => q.OrderBy(t => t.ArticleId).ThenBy(t => t.Term))).Select(t => $"{t.ArticleId} {t.Term} {t.Weight}").ToList();
        var frequencies = (await factory.RowsAsync<DocumentFrequency>(q => q.OrderBy(f => f.Term))).Select(f => $"{f.Term} {f.Documents}").ToList();
        return (lists, terms, frequencies);
    }
}
