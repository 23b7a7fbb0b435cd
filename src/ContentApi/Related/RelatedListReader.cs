using ContentApi.Data;
using ContentApi.Features.Articles;
using Mapster;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Related;

/// <summary>
/// Serves an article's related list from what was computed at write time: its editor's picks and its
/// stored list (both read by primary key), then the list items of just those articles. No corpus-wide
/// work per request; only the diversity caps for the asked limit are applied here.
/// </summary>
public sealed class RelatedListReader(ContentDbContext db, TypeAdapterConfig mapping)
{
    public async Task<RelatedArticles> ReadAsync(int articleId, int limit, CancellationToken cancellationToken)
    {
        var pickIds = await db.Set<RelatedLink>().Where(l => l.ArticleId == articleId)
            .OrderBy(l => l.Position).Select(l => l.RelatedArticleId).ToListAsync(cancellationToken);
        var stored = await db.Set<RelatedScore>().AsNoTracking().Where(s => s.ArticleId == articleId)
            .OrderBy(s => s.Rank).Select(s => new { s.RelatedArticleId, s.Score, s.Reasons }).ToListAsync(cancellationToken);
        var ids = pickIds.Concat(stored.Select(s => s.RelatedArticleId)).Where(id => id != articleId).Distinct().ToList();
        // Visibility is checked now, not when the lists were computed: scheduled articles appear at their time.
        var items = await db.Articles.AsNoTracking().Where(a => EF.Parameter(ids).Contains(a.Id)).Visible()
            .ProjectToType<ArticleListItem>(mapping).ToDictionaryAsync(a => a.Id, cancellationToken);

        var picks = pickIds.Where(items.ContainsKey).Distinct()
            .Select(id => RelatedArticle.From(items[id], 1, RelatedReasons.EditorPick)).ToList();
        var picked = picks.Select(p => p.Id).ToHashSet();
        var computed = stored.Where(s => items.ContainsKey(s.RelatedArticleId) && !picked.Contains(s.RelatedArticleId))
            .Select(s => RelatedArticle.From(items[s.RelatedArticleId], s.Score, ReasonsJson.Read(s.Reasons))).ToList();

        var shown = picks.Take(limit).ToList();
        shown.AddRange(Diversity.Select(computed, limit, shown, i => i.Author?.Slug, i => i.Tags.Count > 0 ? i.Tags[0].Slug : null));
        return new RelatedArticles(shown, new RelatedMeta(limit, picks.Count + computed.Count, RelatedAlgorithm.Current));
    }
}
