using ContentApi.Common.Writes;
using ContentApi.Data;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Common.Changes;

/// <summary>
/// Writes the change records of each write, in its transaction, by comparing what the feeds last
/// said of the item (<see cref="FeedEntry"/>) with where it stands now. An item leaving a view, or
/// leaving a slug behind, is a delete there; one that is (still) in a view is an upsert. Items that
/// embed a written item (articles showing a tag's name) get an upsert too.
/// </summary>
internal sealed class ChangeRecorder(
    ContentDbContext db, IEnumerable<IChangeSource> sources, RecordedEvents recorded, IDatabaseProvider provider, TimeProvider clock)
    : IWriteParticipant
{
    private readonly Dictionary<string, IChangeSource> _sources = sources.ToDictionary(s => s.Type, StringComparer.Ordinal);

    public int Order => 10;

    public async Task OnWritingAsync(IReadOnlyList<WriteRecord> writes, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        recorded.Changes.Clear();
        var items = new Dictionary<string, Dictionary<int, bool>>(StringComparer.Ordinal);
        var announced = new HashSet<(string, int)>();
        foreach (var write in writes.Where(w => w.Kind != WriteKind.Touched || _sources.ContainsKey(w.Resource)))
        {
            if (_sources.ContainsKey(write.Resource))
            {
                Add(items, write.Resource, write.Id, written: write.Kind != WriteKind.ComingDue);
            }
            if (write.Kind == WriteKind.Touched || !_sources.ContainsKey(write.Resource) && write.Kind == WriteKind.ComingDue)
            {
                continue;
            }
            // A touched or embedding item is refreshed, not announced: the event belongs to the write.
            // Items outside the feed (an image) still change the feed items that show them.
            if (_sources.ContainsKey(write.Resource))
            {
                announced.Add((write.Resource, write.Id));
            }
            foreach (var embedding in _sources.Values.Where(s => s.Type != write.Resource))
            {
                foreach (var id in await embedding.EmbeddingAsync(write.Resource, write.Id, cancellationToken))
                {
                    Add(items, embedding.Type, id, written: true);
                }
            }
        }
        var events = new List<(string Name, ChangeRecord Last)>();
        foreach (var (type, ids) in items)
        {
            var recordedEvents = await RecordAsync(_sources[type], ids.Keys, ids.Where(i => i.Value).Select(i => i.Key).ToHashSet(), now, cancellationToken, recorded.Changes);
            events.AddRange(recordedEvents.Where(e => announced.Contains((e.Last.Type, e.Last.EntityId))));
        }
        await db.SaveChangesAsync(cancellationToken);
        recorded.Events.AddRange(events.Select(e => new FeedEvent(e.Name, e.Last.Type, e.Last.EntityId, e.Last.Slug, e.Last.Seq, now)));
    }

    private static void Add(Dictionary<string, Dictionary<int, bool>> items, string type, int id, bool written)
    {
        var ids = items.TryGetValue(type, out var known) ? known : items[type] = [];
        ids[id] = ids.GetValueOrDefault(id) || written;
    }

    /// <summary>Records the items' changes (adding them to <paramref name="made"/>); returns the public events, each with its last record.</summary>
    public async Task<List<(string Name, ChangeRecord Last)>> RecordAsync(
        IChangeSource source, IReadOnlyCollection<int> ids, IReadOnlySet<int> written, DateTime now, CancellationToken cancellationToken,
        List<ChangeRecord>? made = null)
    {
        var events = new List<(string, ChangeRecord)>();
        if (ids.Count == 0)
        {
            return events;
        }
        await provider.SerializeWritesAsync(db, cancellationToken);
        var states = await source.StatesAsync(ids, cancellationToken);
        var entries = await db.Set<FeedEntry>().Where(e => e.Type == source.Type && ids.Contains(e.EntityId))
            .ToDictionaryAsync(e => e.EntityId, cancellationToken);
        foreach (var id in ids)
        {
            var state = states.GetValueOrDefault(id, FeedState.Gone);
            var entry = entries.GetValueOrDefault(id);
            var records = FeedTransition.Records(entry?.PublicSlug, state.PublicSlug, entry?.PreviewSlug, state.PreviewSlug, written.Contains(id))
                .Select(r => new ChangeRecord { Type = source.Type, EntityId = id, Slug = r.Slug, Op = r.Op, At = now, Public = r.Public, Preview = r.Preview })
                .ToList();
            db.AddRange(records);
            made?.AddRange(records);
            if (FeedTransition.EventOf(source.Verbs, entry?.PublicSlug, state) is { } verb && records.LastOrDefault(r => r.Public) is { } last)
            {
                events.Add(($"{source.Type}.{verb}", last));
            }
            Remember(entry, source.Type, id, state);
        }
        return events;
    }

    private void Remember(FeedEntry? entry, string type, int id, FeedState state)
    {
        if (state == FeedState.Gone)
        {
            if (entry is not null)
            {
                db.Remove(entry);
            }
            return;
        }
        entry ??= db.Add(new FeedEntry { Type = type, EntityId = id }).Entity;
        (entry.PublicSlug, entry.PreviewSlug) = (state.PublicSlug, state.PreviewSlug);
    }
}
