namespace ContentApi.Common.Caching;

/// <summary>
/// Delivery reads served by a copy that trails the primary (a streaming read replica): positions in
/// the primary's commit log, to tell when the copy has what the primary had at a given moment.
/// </summary>
public interface IReadLag
{
    /// <summary>The primary's position now: every commit so far is at or before it.</summary>
    Task<ulong> PrimaryPositionAsync(CancellationToken cancellationToken);

    /// <summary>How far the copy has replayed the primary's log.</summary>
    Task<ulong> ReplayedPositionAsync(CancellationToken cancellationToken);
}
