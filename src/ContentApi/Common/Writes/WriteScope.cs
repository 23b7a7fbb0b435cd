using Microsoft.EntityFrameworkCore.Storage;

namespace ContentApi.Common.Writes;

/// <summary>One write in progress: its place in the write queue and its transaction. Disposing rolls back what did not commit and leaves the queue.</summary>
public sealed class WriteScope(IDisposable lease, IDbContextTransaction transaction) : IAsyncDisposable
{
    public IDbContextTransaction Transaction => transaction;

    /// <summary>Leaves the queue as soon as the commit is done, before the after-commit work.</summary>
    public void Leave() => lease.Dispose();

    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync();
        lease.Dispose();
    }
}
