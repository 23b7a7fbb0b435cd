using ContentApi.Common.Writes;
using ContentApi.Data;
using ContentApi.Features.Articles;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Common.Caching;

/// <summary>
/// When the next article that is not yet visible becomes due. Cached responses must not outlive
/// that moment, or a scheduled article would appear late. Forgotten on every write (on any instance) and once due.
/// </summary>
public sealed class PublicationSchedule(IServiceScopeFactory scopes, TimeProvider clock) : IAfterCommit, IContentMemory, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (bool Known, DateTime? NextDue) _cached;

    public async Task<TimeSpan?> TimeUntilNextDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var cached = _cached;
        if (!cached.Known || cached.NextDue <= now)
        {
            cached = await LoadAsync(now, cancellationToken);
        }
        return cached.NextDue - now;
    }

    public Task OnCommittedAsync(IReadOnlyList<WriteRecord> writes, CancellationToken cancellationToken)
    {
        Forget();
        return Task.CompletedTask;
    }

    /// <summary>Read the moment again on next use (a write here, or on another instance).</summary>
    public void Forget() => _cached = default;

    public void Dispose() => _gate.Dispose();

    private async Task<(bool, DateTime?)> LoadAsync(DateTime now, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
            var next = await db.Articles
                .Where(a => (a.Status == ArticleStatus.Published || a.Status == ArticleStatus.Scheduled) && a.PublishedAt > now)
                .MinAsync(a => a.PublishedAt, cancellationToken);
            _cached = (true, next);
            return _cached;
        }
        finally
        {
            _gate.Release();
        }
    }
}
