using Bogus;
using ContentApi.Features.Articles;

namespace ContentApi.Benchmarks.Generation;

/// <summary>
/// Publication dates over ten fixed years, rising with the id as in a real archive. Fixed, not
/// relative to today, so the same seed gives the same bytes on any day.
/// </summary>
public static class ArticleDates
{
    public static readonly DateTime First = new(2016, 11, 1, 0, 0, 0, DateTimeKind.Utc);
    public static readonly DateTime Last = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);

    // Far enough ahead that scheduled articles stay unpublished, and the served set the same, for years.
    private static readonly DateTime ScheduledFrom = new(2031, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static DateTime? PublishedAt(int id, int articleCount, ArticleStatus status, Randomizer random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return status switch
        {
            ArticleStatus.Draft => null,
            ArticleStatus.Scheduled => Seconds(ScheduledFrom.AddDays(random.Double() * 5 * 365)),
            _ => Seconds(Clamp(First + (Last - First) * ((id - 0.5) / articleCount) + TimeSpan.FromDays(random.Double(-2, 2)))),
        };
    }

    /// <summary>A quarter of published articles were edited later, within a month.</summary>
    public static DateTime? UpdatedAt(DateTime? publishedAt, Randomizer random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return publishedAt is { } published && published < Last && random.Number(99) < 25
            ? Seconds(Clamp(published + TimeSpan.FromHours(random.Double(1, 30 * 24))))
            : null;
    }

    private static DateTime Clamp(DateTime at) => at < First ? First : at >= Last ? Last.AddSeconds(-1) : at;

    private static DateTime Seconds(DateTime at) => new(at.Ticks - at.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);
}
