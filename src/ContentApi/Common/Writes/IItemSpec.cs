namespace ContentApi.Common.Writes;

/// <summary>
/// What <see cref="ItemWrites"/> needs to know about one kind of item (author, tag, donation form, site)
/// to create, replace, patch and delete it the same way articles are written.
/// </summary>
public interface IItemSpec<TEntity, TRequest, TResponse>
    where TEntity : class
    where TRequest : class
{
    /// <summary>The resource name of content changes and audit rows: "author", "tag", "donationForm", "site".</summary>
    string Resource { get; }

    int IdOf(TEntity entity);

    /// <summary>The slug or name the audit row shows.</summary>
    string TargetOf(TEntity entity);

    /// <summary>The item's GET representation, projected exactly as its GET does.</summary>
    Task<TResponse?> ReadAsync(int id, CancellationToken cancellationToken);

    /// <summary>The stored item in the request's shape: the base a merge patch applies to.</summary>
    TRequest ToRequest(TEntity entity);

    /// <summary>Applies a validated request (bumping the version); returns a 409 reason when a unique value is taken.</summary>
    Task<string?> ApplyAsync(TEntity entity, TRequest request, CancellationToken cancellationToken);

    /// <summary>Why the item cannot be deleted (something refers to it), or null. Tidies tombstones' references.</summary>
    Task<string?> PrepareDeleteAsync(TEntity entity, CancellationToken cancellationToken);

    /// <summary>Where GET serves the item.</summary>
    string LocationOf(TEntity entity);
}
