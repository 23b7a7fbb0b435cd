namespace ContentApi.Data;

/// <summary>
/// Which database a request's <see cref="ContentDbContext"/> reads: the primary, unless
/// <see cref="ReadReplica"/> sent the request to the replica (a public delivery read). Per request.
/// </summary>
public sealed class DatabaseRoute(IServiceProvider services) : IAsyncDisposable
{
    private ContentDbContext? _ownPrimary;

    public bool ToReplica { get; set; }

    /// <summary>
    /// The primary, for what must see the latest commit even inside a replica read (an API key just
    /// created or revoked). Without a replica, the request's own context.
    /// </summary>
    public ContentDbContext Primary => ToReplica
        ? _ownPrimary ??= services.GetRequiredService<ReadReplica.Contexts>().CreatePrimary()
        : services.GetRequiredService<ContentDbContext>();

    public ValueTask DisposeAsync() => _ownPrimary?.DisposeAsync() ?? ValueTask.CompletedTask;
}
