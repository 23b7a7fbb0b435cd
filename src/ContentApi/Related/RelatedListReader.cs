using ContentApi.Data;
using ContentApi.Features.Articles;
using Mapster;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Related;

/// <summary>
/// Serves related lists from what was computed at write time: the editor's picks and the stored lists
/// (read by key), then the list items of just those articles; a list still short of the limit is
/// filled by <see cref="RelatedListFiller"/>. One set of queries for a whole page of articles, so the
/// item route and the lists' include=related serve the same thing. Only the diversity caps for the
/// asked limit are applied here.
/// </summary>
public sealed class RelatedListReader(ContentDbContext db, TypeAdapterConfig mapping)
{
    public async Task<RelatedArticles> ReadAsync(int articleId, int limit, CancellationToken cancellationToken) =>
        (await ReadManyAsync([articleId], limit, cancellationToken))[articleId];

    public async Task<IReadOnlyDictionary<int, RelatedArticles>> ReadManyAsync(IReadOnlyList<int> articleIds, int limit, CancellationToken cancellationToken)
    {
        var picks = (await db.Set<RelatedLink>().Where(l => EF.Parameter(articleIds).Contains(l.ArticleId))
            .OrderBy(l => l.ArticleId).ThenBy(l => l.Position).Select(l => new { l.ArticleId, l.RelatedArticleId })
            .ToListAsync(cancellationToken)).ToLookup(l => l.ArticleId, l => l.RelatedArticleId);
        var stored = (await db.Set<RelatedScore>().AsNoTracking().Where(s => EF.Parameter(articleIds).Contains(s.ArticleId))
            .OrderBy(s => s.ArticleId).ThenBy(s => s.Rank).Select(s => new { s.ArticleId, s.RelatedArticleId, s.Score, s.Reasons })
            .ToListAsync(cancellationToken)).ToLookup(s => s.ArticleId);
        var ids = picks.SelectMany(p => p).Concat(stored.SelectMany(s => s).Select(s => s.RelatedArticleId)).Distinct().ToList();
        // Visibility is checked now, not when the lists were computed: scheduled articles appear at their time.
        var items = await db.Articles.AsNoTracking().Where(a => EF.Parameter(ids).Contains(a.Id)).Visible()
            .ProjectToType<ArticleListItem>(mapping).ToDictionaryAsync(a => a.Id, cancellationToken);

        var lists = new Dictionary<int, List<RelatedArticle>>();
        var totals = new Dictionary<int, int>();
        foreach (var articleId in articleIds.Distinct())
        {
            var chosen = picks[articleId].Where(id => id != articleId && items.ContainsKey(id)).Distinct()
                .Select(id => RelatedArticle.From(items[id], 1, RelatedReasons.EditorPick)).ToList();
            var picked = chosen.Select(p => p.Id).ToHashSet();
            var computed = stored[articleId].Where(s => s.RelatedArticleId != articleId && items.ContainsKey(s.RelatedArticleId) && !picked.Contains(s.RelatedArticleId))
                .Select(s => RelatedArticle.From(items[s.RelatedArticleId], s.Score, ReasonsJson.Read(s.Reasons))).ToList();
            totals[articleId] = chosen.Count + computed.Count;
            var shown = chosen.Take(limit).ToList();
            shown.AddRange(Diversity.Select(computed, limit, shown, i => i.Author?.Slug, i => i.Tags.Count > 0 ? i.Tags[0].Slug : null));
            lists[articleId] = shown;
        }
        await new RelatedListFiller(db, mapping).FillAsync(lists, limit, cancellationToken);
        return lists.ToDictionary(l => l.Key, l => new RelatedArticles(l.Value, new RelatedMeta(limit, totals[l.Key], RelatedAlgorithm.Current)));
    }
}
