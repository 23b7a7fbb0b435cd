using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace ContentApi.Data.Postgres;

/// <summary>PostgreSQL: for several instances on one database. The only place, with Search/Postgres, that knows its SQL.</summary>
public sealed class PostgresProvider(string connectionString) : IDatabaseProvider
{
    // Arbitrary, fixed keys for pg_advisory_lock: one for start-up, one for the change feed's order.
    private const long StartupLockKey = 0x436f6e74656e7401;
    private const long ChangeFeedLockKey = 0x436f6e74656e7402;

    // Split queries as on SQLite, so both providers load an article's tags the same way.
    public void Configure(DbContextOptionsBuilder options) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
            .UseStatementTime()
            .AddInterceptors(NulCharacters)
            .ConfigureWarnings(warnings => warnings.Ignore(RelationalEventId.PendingModelChangesWarning));

    private static readonly NulCharacterInterceptor NulCharacters = new();

    // Class 23: integrity constraint violation (unique, foreign key, not null, check).
    public bool IsConstraintViolation(DbUpdateException exception) =>
        exception.InnerException is PostgresException { SqlState: var state } && state.StartsWith("23", StringComparison.Ordinal);

    public Task PrepareAsync(ContentDbContext db, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The migrator builds a new PostgreSQL database: its start-up cost is a server's, not a reader's.</summary>
    public Task<bool> TryCreateNewAsync(ContentDbContext db, CancellationToken cancellationToken) => Task.FromResult(false);

    /// <summary>
    /// A session-level advisory lock on a connection held open until disposed: the instances that
    /// start together migrate, seed and build indexes one after another, and the later ones find
    /// the work done.
    /// </summary>
    public async Task<IAsyncDisposable> LockStartupAsync(ContentDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_lock({StartupLockKey})", cancellationToken);
        return new StartupLock(db);
    }

    /// <summary>
    /// Seq comes from a sequence, whose values are handed out at insert but become visible at commit,
    /// in any order. Holding this lock from the first change record to the commit makes the records
    /// of concurrent writers commit in Seq order, so a reader at since=N never skips a later commit.
    /// </summary>
    public Task SerializeWritesAsync(ContentDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({ChangeFeedLockKey})", cancellationToken);

    public Task OptimizeAsync(ContentDbContext db, CancellationToken cancellationToken)
    {
        var tables = db.Model.GetEntityTypes()
            .Select(type => type.GetTableName())
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Select(table => $"\"{table}\"");
        // The names come from the EF model, not from input.
#pragma warning disable EF1003
        return db.Database.ExecuteSqlRawAsync("ANALYZE " + string.Join(", ", tables), cancellationToken);
#pragma warning restore EF1003
    }

    private sealed class StartupLock(ContentDbContext db) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({StartupLockKey})");
            await db.Database.CloseConnectionAsync();
        }
    }
}
