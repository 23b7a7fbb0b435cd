using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ContentApi.Data;
using ContentApi.Features.Articles.Documents;
using ContentApi.Features.DonationForms;
using ContentApi.Related;
using ContentApi.Search;
using Mapster;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Articles.Querying;

/// <summary>
/// Turns one page of article ids into list entries: the items (stored with the articles' documents, else projected),
/// then each include and the search hits, one query apiece.
/// </summary>
public sealed class ArticleEntries(
    ContentDbContext db, TypeAdapterConfig mapping, IArticleDocumentSource documents, JsonSerializerOptions json, ISearchIndex search, RelatedListReader relatedLists)
{
    /// <param name="scores">The search scores the ranking already computed, if any: the hits then only add snippets.</param>
    public async Task<List<ArticleListEntry>> LoadAsync(
        IReadOnlyList<int> ids, ArticleListRequest request, IReadOnlyDictionary<int, double>? scores, CancellationToken cancellationToken)
    {
        var items = await ItemsAsync(ids, cancellationToken);
        // A row deleted between the two queries is simply not listed.
        var page = ids.Where(items.ContainsKey).Select(id => items[id]).ToList();

        var authorSlugs = page.Select(i => i.Author?.Slug).OfType<string>().Distinct().ToList();
        var authors = !request.Includes(ArticleIncludes.Author) ? null : await db.Authors.AsNoTracking()
            .Where(a => authorSlugs.Contains(a.Slug))
            .Select(a => new ListAuthor(a.Slug, a.Name, a.Id, a.Bio, a.Website, a.Twitter, a.Facebook))
            .ToDictionaryAsync(a => a.Slug, cancellationToken);
        var tagSlugs = page.SelectMany(i => i.Tags).Select(t => t.Slug).Distinct().ToList();
        var tags = !request.Includes(ArticleIncludes.Tags) ? null : await db.Tags.AsNoTracking()
            .Where(t => tagSlugs.Contains(t.Slug))
            .Select(t => new ListTag(t.Slug, t.Name, t.Description))
            .ToDictionaryAsync(t => t.Slug, cancellationToken);
        var formIds = page.Select(i => i.DonationFormId).OfType<int>().Distinct().ToList();
        var forms = !request.Includes(ArticleIncludes.DonationForm) ? null
            : (await db.DonationForms.AsNoTracking().Where(f => formIds.Contains(f.Id)).ToListAsync(cancellationToken))
                .ToDictionary(f => f.Id, f => f.Adapt<DonationFormResponse>(mapping));
        var related = !request.Includes(ArticleIncludes.Related) ? null
            : await relatedLists.ReadManyAsync(page.ConvertAll(i => i.Id), request.RelatedLimit, cancellationToken);
        var hits = request.Search is not { } query ? null : await search.HitsAsync(query, ids, scores, cancellationToken);

        return page.ConvertAll(item =>
        {
            var entry = ArticleListEntry.From(item);
            var hit = hits?.GetValueOrDefault(item.Id);
            return entry with
            {
                Author = entry.Author is { } a && authors is not null ? authors.GetValueOrDefault(a.Slug, a) : entry.Author,
                Tags = tags is null ? entry.Tags : entry.Tags.Select(t => tags.GetValueOrDefault(t.Slug, t)).ToList(),
                DonationForm = item.DonationFormId is { } formId ? forms?.GetValueOrDefault(formId) : null,
                Related = related?[item.Id],
                Score = hit?.Score,
                Snippet = hit?.Snippet,
            };
        });
    }

    /// <summary>
    /// The stored list items, and the few not stored yet (their documents are being rendered again) projected
    /// as the renderer projects them: the stored ones were two statements through EF, half a filtered list's work.
    /// </summary>
    private async Task<Dictionary<int, ArticleListItem>> ItemsAsync(IReadOnlyList<int> ids, CancellationToken cancellationToken)
    {
        var type = (JsonTypeInfo<ArticleListItem>)json.GetTypeInfo(typeof(ArticleListItem));
        var items = (await documents.ListItemsAsync(ids)).ToDictionary(s => s.Key, s => JsonSerializer.Deserialize(s.Value, type)!);
        var missing = ids.Where(id => !items.ContainsKey(id)).ToList();
        if (missing.Count == 0)
        {
            return items;
        }
        // One array parameter (json_each on SQLite), not one parameter per id: the SQL is then the same
        // for every page, and EF reuses it instead of writing it again on each request.
        // Split (the tags in a second statement): joined in one, SQLite materialises every article's tags
        // first (20 s at 100,000 articles).
        var projected = await db.Articles.AsNoTracking().Where(a => EF.Parameter(missing).Contains(a.Id))
            .ProjectToType<ArticleListItem>(mapping).ToListAsync(cancellationToken);
        projected.ForEach(item => items[item.Id] = item);
        return items;
    }
}
