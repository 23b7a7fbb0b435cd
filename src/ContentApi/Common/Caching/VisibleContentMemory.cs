using ContentApi.Common.Writes;

namespace ContentApi.Common.Caching;

/// <summary>
/// Values computed from what the public can see (a list's size, how many articles match a word): besides a commit
/// and the lifetime, never kept past the moment the next scheduled article comes due, which changes what is visible
/// with no write.
/// </summary>
public abstract class VisibleContentMemory<T>(TimeProvider clock, PublicationSchedule schedule, TimeSpan lifetime)
    : KeptContentMemory<T>(clock, lifetime)
{
    protected override Task<TimeSpan?> EndsWithinAsync(CancellationToken cancellationToken) => schedule.TimeUntilNextDueAsync(cancellationToken);
}
