using System.Text.Json;
using System.Text.Json.Nodes;

namespace ContentApi.Common.Writes;

/// <summary>
/// What a feature tells the write pipeline about one kind of item (article, author, tag, donation
/// form, site, an article's related links) so <see cref="ItemWrites"/> creates, replaces, patches and
/// deletes it the same way for all: If-Match on the GET representation, one transaction, audit row,
/// change record, after-commit work.
/// </summary>
public interface IItemSpec<TEntity, TRequest, TResponse>
    where TEntity : class
    where TRequest : class
{
    /// <summary>The resource name of audit rows and change records: "article", "author", "tag", ...</summary>
    string Resource { get; }

    int IdOf(TEntity entity);

    /// <summary>The slug or name the audit row shows.</summary>
    string TargetOf(TEntity entity);

    /// <summary>The item's GET representation, projected exactly as its GET does: the ETag is its hash.</summary>
    Task<TResponse?> ReadAsync(int id, CancellationToken cancellationToken);

    /// <summary>The stored item in the request's shape: the base a merge patch applies to.</summary>
    TRequest ToRequest(TEntity entity);

    /// <summary>The request a merge patch (RFC 7396) makes of the stored item; throws JsonException when it does not fit the shape.</summary>
    TRequest MergePatch(TEntity entity, JsonObject patch, JsonSerializerOptions json) =>
        JsonMergePatch.Apply(JsonSerializer.SerializeToNode(ToRequest(entity), json), patch).Deserialize<TRequest>(json)
            ?? throw new JsonException("The patched item is empty.");

    /// <summary>Applies a validated request (bumping the version); returns a 409 reason when a unique value is taken or a reference vanished.</summary>
    Task<string?> ApplyAsync(TEntity entity, TRequest request, CancellationToken cancellationToken);

    /// <summary>Removes the item (for good, or as a tombstone); returns a 409 reason instead while something refers to it.</summary>
    Task<string?> DeleteAsync(TEntity entity, CancellationToken cancellationToken);

    /// <summary>
    /// Other items whose representation shows this one (an article's author and tags count it).
    /// Asked before and after the change, so an item it leaves is refreshed as well as one it joins.
    /// </summary>
    IEnumerable<(string Resource, int Id)> Touches(TEntity entity) => [];

    /// <summary>Where GET serves the item.</summary>
    string LocationOf(TEntity entity);
}
