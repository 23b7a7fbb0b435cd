using ContentApi.Common.Caching;

namespace ContentApi.Features.Articles.Counting;

/// <summary>
/// The sizes of the lists asked for by page number (their order's segments), kept per list (by its cursor scope):
/// counting a filtered list was a third of its answer.
/// </summary>
public sealed class ListSizes(TimeProvider clock, PublicationSchedule schedule)
    : VisibleContentMemory<IReadOnlyList<int>>(clock, schedule, TimeSpan.FromSeconds(10));
