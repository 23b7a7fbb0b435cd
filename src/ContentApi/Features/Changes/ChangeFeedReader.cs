using System.Text.Json;
using ContentApi.Common.Changes;
using ContentApi.Data;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Changes;

/// <summary>Reads a page of change records, and with `include=data` the items' current representations, one query per type.</summary>
public sealed class ChangeFeedReader(ContentDbContext db, IEnumerable<IChangeSource> sources, JsonSerializerOptions json)
{
    public async Task<ChangeFeedPage> ReadAsync(ChangeFeedQuery query, CancellationToken cancellationToken)
    {
        var since = query.Since is { } cursor && FeedCursor.TryDecode(cursor, out var seq) ? seq : 0;
        var records = db.Set<ChangeRecord>().AsNoTracking().Where(c => c.Seq > since);
        records = query.IsPreview ? records.Where(c => c.Preview) : records.Where(c => c.Public);
        if (query.TypeValues is { Count: > 0 } types)
        {
            records = records.Where(c => types.Contains(c.Type));
        }
        var page = await records.OrderBy(c => c.Seq).Take(query.LimitValue + 1).ToListAsync(cancellationToken);
        var hasMore = page.Count > query.LimitValue;
        page = page.Take(query.LimitValue).ToList();
        var data = query.IncludeData ? await DataAsync(page, query.IsPreview, cancellationToken) : null;
        var items = page.Select(c => new ChangeItem(c.Seq, c.Type, c.EntityId, c.Slug, c.Op, c.At,
            c.Op == ChangeRecord.Upsert && data is not null && data.TryGetValue((c.Type, c.EntityId), out var item) ? item : null)).ToList();
        return new ChangeFeedPage(items, new ChangeFeedMeta(FeedCursor.Encode(page.Count > 0 ? page[^1].Seq : since), hasMore));
    }

    private async Task<Dictionary<(string, int), JsonElement>> DataAsync(List<ChangeRecord> page, bool preview, CancellationToken cancellationToken)
    {
        var data = new Dictionary<(string, int), JsonElement>();
        foreach (var source in sources)
        {
            var ids = page.Where(c => c.Type == source.Type && c.Op == ChangeRecord.Upsert).Select(c => c.EntityId).Distinct().ToList();
            if (ids.Count == 0)
            {
                continue;
            }
            foreach (var (id, item) in await source.ReadAsync(ids, preview, json, cancellationToken))
            {
                data[(source.Type, id)] = item;
            }
        }
        return data;
    }
}
