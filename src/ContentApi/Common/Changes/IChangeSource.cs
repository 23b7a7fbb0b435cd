using System.Text.Json;

namespace ContentApi.Common.Changes;

/// <summary>Where an item stands in each view: its slug there, or null when the view does not show it.</summary>
public readonly record struct FeedState(string? PublicSlug, string? PreviewSlug)
{
    public static readonly FeedState Gone = new(null, null);
}

/// <summary>
/// A feature's items in the change feed. The feature says what its items look like in each view and
/// serves their data; the recorder and the feed know no feature by name.
/// </summary>
public interface IChangeSource
{
    /// <summary>The feed's `type` and the write pipeline's resource name: "article", "author", ...</summary>
    string Type { get; }

    /// <summary>The webhook verbs for entering and leaving the public view while the item exists: "created"/"deleted", or "published"/"unpublished".</summary>
    (string Entered, string Left) Verbs => ("created", "deleted");

    /// <summary>Current states; an id missing from the answer is gone from both views.</summary>
    Task<IReadOnlyDictionary<int, FeedState>> StatesAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken);

    /// <summary>Live items (not deleted), for the first backfill of the feed.</summary>
    IQueryable<int> LiveIds { get; }

    /// <summary>Items whose representation embeds the given item (an article shows its tags' names), so they change with it.</summary>
    Task<IReadOnlyList<int>> EmbeddingAsync(string type, int id, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<int>>([]);

    /// <summary>Items that entered the public view by time alone in (<paramref name="after"/>, <paramref name="until"/>].</summary>
    Task<IReadOnlyList<int>> ComingDueAsync(DateTime after, DateTime until, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<int>>([]);

    /// <summary>The next moment an item enters the public view by time alone, after <paramref name="after"/>.</summary>
    Task<DateTime?> NextDueAsync(DateTime after, CancellationToken cancellationToken) => Task.FromResult<DateTime?>(null);

    /// <summary>Items as their item endpoint serves them (public, or preview with drafts), serialised with the app's JSON options.</summary>
    Task<IReadOnlyDictionary<int, JsonElement>> ReadAsync(IReadOnlyCollection<int> ids, bool preview, JsonSerializerOptions json, CancellationToken cancellationToken);
}
