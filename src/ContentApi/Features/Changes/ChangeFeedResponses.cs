using System.Text.Json;
using System.Text.Json.Serialization;
using ContentApi.Common.OpenApi;

namespace ContentApi.Features.Changes;

/// <summary>One change, in commit order.</summary>
/// <param name="Seq">Its position in the feed: increases with every change.</param>
/// <param name="Type">`article`, `author`, `tag`, `donationForm` or `site`.</param>
/// <param name="Id">The item's id: stable across slug changes, so mirror by id.</param>
/// <param name="Slug">The slug it has (upsert), or the slug that stopped answering (delete). Donation forms: the id; the site: `site`.</param>
/// <param name="Op">`upsert`: the item is (still) in this view, fetch or take `data`; `delete`: remove it (or that slug of it).</param>
/// <param name="At">When the change committed, or when the item came due (UTC).</param>
/// <param name="Data">With `include=data`, on upserts: the item as its item endpoint serves it now; null when it has left the view since (a later delete follows).</param>
public sealed record ChangeItem(
    long Seq, string Type, int Id, string Slug, string Op, DateTime At,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault), OnRequest] JsonElement? Data = null);

/// <param name="NextCursor">Pass it as `since` for the next page, or later to poll for what changed since this page.</param>
/// <param name="HasMore">More changes are waiting now: ask again at once.</param>
public sealed record ChangeFeedMeta(string NextCursor, bool HasMore);

/// <summary>A page of the change feed.</summary>
public sealed record ChangeFeedPage(IReadOnlyList<ChangeItem> Items, ChangeFeedMeta Meta) : IHasExample<ChangeFeedPage>
{
    public static ChangeFeedPage Example => new(
        [
            new(41, "article", 7, "syria-old-title", "delete", new DateTime(2025, 7, 25, 9, 30, 0, DateTimeKind.Utc)),
            new(42, "article", 7, "in-retaliation-to-airstrike-us-forces-receive-rocket-attack-in-syria", "upsert", new DateTime(2025, 7, 25, 9, 30, 0, DateTimeKind.Utc)),
            new(43, "author", 1, "the-liberum", "upsert", new DateTime(2025, 7, 25, 9, 30, 0, DateTimeKind.Utc)),
        ],
        new ChangeFeedMeta(FeedCursor.Encode(43), false));
}
