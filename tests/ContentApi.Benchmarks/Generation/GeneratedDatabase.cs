using ContentApi.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Benchmarks.Generation;

/// <summary>
/// One connection for the whole generation, so the bulk-load pragmas hold across batches;
/// a fresh, non-tracking-by-default DbContext per batch keeps the change tracker small.
/// </summary>
public sealed class GeneratedDatabase : IAsyncDisposable
{
    private readonly SqliteConnection _connection;

    private GeneratedDatabase(SqliteConnection connection) => _connection = connection;

    public static async Task<GeneratedDatabase> CreateAsync(string path, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        foreach (var file in new[] { path, path + "-wal", path + "-shm", path + "-journal" })
        {
            File.Delete(file);
        }
        // Keys are checked once at the end instead of on every row: related links point forward in id order.
        var connection = new SqliteConnection($"Data Source={path};Pooling=False;Foreign Keys=False");
        await connection.OpenAsync(cancellationToken);
        var database = new GeneratedDatabase(connection);
        // A database that fails half-way is deleted and made again, so it needs no journal or fsync.
        // secure_delete zeroes the migration lock's deleted row (it holds a time), so the same seed gives the same file.
        await database.ExecuteAsync(
            "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-262144; PRAGMA secure_delete=ON;", cancellationToken);
        await using var db = database.NewContext();
        await db.Database.MigrateAsync(cancellationToken);
        // A migration that rebuilds a table (SQLite's way to drop a column) turns key checks back on at its end.
        await database.ExecuteAsync("PRAGMA foreign_keys=OFF;", cancellationToken);
        return database;
    }

    public async Task SaveAsync(Action<ContentDbContext> add, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(add);
        await using var db = NewContext();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        add(db);
        // SaveChanges runs the batch in one transaction.
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task FinishAsync(CancellationToken cancellationToken)
    {
        await using (var check = _connection.CreateCommand())
        {
            check.CommandText = "PRAGMA foreign_key_check;";
            await using var violations = await check.ExecuteReaderAsync(cancellationToken);
            if (await violations.ReadAsync(cancellationToken))
            {
                throw new InvalidOperationException($"Generated data breaks a foreign key in table {violations.GetString(0)}.");
            }
        }
        // The app runs in WAL mode; leave the file the way it would find its own.
        await ExecuteAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    private ContentDbContext NewContext() =>
        new(new DbContextOptionsBuilder<ContentDbContext>().UseSqlite(_connection).Options);

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
