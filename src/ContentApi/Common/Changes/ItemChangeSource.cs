using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Common.Changes;

/// <summary>An item's id and slug, projected so queries can still filter on them.</summary>
public sealed class ItemKey
{
    public int Id { get; init; }
    public required string Slug { get; init; }
}

/// <summary>
/// The change source of items that are public while they exist (authors, tags, donation forms, the
/// site): the same slug in both views, gone when deleted.
/// </summary>
public abstract class ItemChangeSource<TResponse> : IChangeSource
{
    public abstract string Type { get; }

    /// <summary>Every item's key.</summary>
    protected abstract IQueryable<ItemKey> Keys { get; }

    /// <summary>The items as their item endpoint serves them.</summary>
    protected abstract Task<List<TResponse>> LoadAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken);

    protected abstract int IdOf(TResponse item);

    public IQueryable<int> LiveIds => Keys.Select(k => k.Id);

    public virtual Task<IReadOnlyList<int>> EmbeddingAsync(string type, int id, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<int>>([]);

    public async Task<IReadOnlyDictionary<int, FeedState>> StatesAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken) =>
        await Keys.Where(k => ids.Contains(k.Id)).ToDictionaryAsync(k => k.Id, k => new FeedState(k.Slug, k.Slug), cancellationToken);

    public async Task<IReadOnlyDictionary<int, JsonElement>> ReadAsync(
        IReadOnlyCollection<int> ids, bool preview, JsonSerializerOptions json, CancellationToken cancellationToken) =>
        (await LoadAsync(ids, cancellationToken)).ToDictionary(IdOf, item => JsonSerializer.SerializeToElement(item, json));
}
