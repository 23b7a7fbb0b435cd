using ContentApi.Common.Changes;
using ContentApi.Data;
using ContentApi.Data.Postgres;
using ContentApi.Tests.Features.Webhooks;
using ContentApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Tests.Data;

/// <summary>
/// The provider seam's promise on PostgreSQL, step by step with two contexts: a writer that wants
/// to add change records waits while another one holds records not yet committed, so Seq order is
/// commit order.
/// </summary>
public sealed class PostgresChangeOrderTests
{
    [PostgresFact]
    public async Task SecondWriter_WaitsForTheFirstToCommit_BeforeItTakesASeq()
    {
        using var database = (PostgresTestDatabase)TestDatabase.Create();
        var provider = new PostgresProvider(database.ConnectionString);
        await using (var migrate = database.CreateContext())
        {
            await migrate.Database.MigrateAsync();
        }
        await using var first = database.CreateContext();
        await using var second = database.CreateContext();
        await using var observer = database.CreateContext();

        await using var firstTransaction = await first.Database.BeginTransactionAsync();
        var firstSeq = await RecordAsync(first, provider);
        await using var secondTransaction = await second.Database.BeginTransactionAsync();
        var secondWrite = RecordAsync(second, provider);
        await Eventually.HoldsAsync(async () => await WaitingForAdvisoryLockAsync(observer) == 1, "the second writer waits for the lock");
        Assert.False(secondWrite.IsCompleted);
        await firstTransaction.CommitAsync();
        var secondSeq = await secondWrite;
        await secondTransaction.CommitAsync();

        Assert.True(secondSeq > firstSeq);
    }

    private static async Task<long> RecordAsync(ContentDbContext db, PostgresProvider provider)
    {
        await provider.SerializeWritesAsync(db, CancellationToken.None);
        var record = new ChangeRecord { Type = "test", EntityId = 1, Slug = "test", Op = ChangeRecord.Upsert, At = DateTime.UtcNow, Public = true };
        db.Add(record);
        await db.SaveChangesAsync();
        return record.Seq;
    }

    private static Task<int> WaitingForAdvisoryLockAsync(ContentDbContext db) =>
        db.Database.SqlQueryRaw<int>(
            "SELECT count(*)::int AS \"Value\" FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())")
            .SingleAsync();
}
