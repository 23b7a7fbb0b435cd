using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ContentApi.Data;

/// <summary>SQLite: the embedded default. The only place that knows SQLite-specific SQL.</summary>
public sealed class SqliteProvider : IDatabaseProvider
{
    private readonly string _connectionString;

    public SqliteProvider(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var isFile = builder.Mode != SqliteOpenMode.Memory
            && !builder.DataSource.StartsWith("file:", StringComparison.Ordinal)
            && builder.DataSource != ":memory:";
        if (isFile)
        {
            // A relative path means "relative to the app", not to wherever the shell happens to be.
            builder.DataSource = Path.GetFullPath(builder.DataSource, contentRoot);
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }
        _connectionString = builder.ToString();
        DataSource = builder.DataSource;
        IsFile = isFile;
    }

    public string DataSource { get; }

    public string ConnectionString => _connectionString;

    /// <summary>A database file (not in memory), which other connections than EF's can open.</summary>
    public bool IsFile { get; }

    // Collections (an article's tags) are loaded by a second query: SQLite cannot flatten the
    // LEFT JOIN subquery of a single query, so it would materialise every tag link per request.
    // EF finds the compiled model (Data/CompiledModel, made for SQLite) by its assembly attribute, so
    // deleting the folder before regenerating it leaves the code compiling. The migrator's check for
    // model changes without a migration would build the model from OnModelCreating all the same, so
    // that check is a test (MigrationsTests) rather than a start-up cost.
    public void Configure(DbContextOptionsBuilder options) =>
        options.UseSqlite(_connectionString, sqlite => sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
            .ConfigureWarnings(warnings => warnings.Ignore(RelationalEventId.PendingModelChangesWarning));

    public bool IsConstraintViolation(DbUpdateException exception) =>
        exception.InnerException is SqliteException { SqliteErrorCode: 19 }; // SQLITE_CONSTRAINT

    // One process owns a SQLite file, and its one writer already commits change records in Seq order.
    public Task<IAsyncDisposable> LockStartupAsync(ContentDbContext db, CancellationToken cancellationToken) =>
        Task.FromResult<IAsyncDisposable>(NoLock.Instance);

    public Task SerializeWritesAsync(ContentDbContext db, CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task PrepareAsync(ContentDbContext db, CancellationToken cancellationToken)
    {
        // WAL lets readers go on while a writer commits; the setting is stored in the file.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public Task<bool> TryCreateNewAsync(ContentDbContext db, CancellationToken cancellationToken) =>
        SqliteNewDatabase.TryCreateAsync(db, cancellationToken);

    /// <summary>
    /// Sampled statistics (a few hundred rows per index): without them SQLite may pick a filter's index
    /// and sort every row instead of reading a date index in order. Only the model's tables: a bare
    /// ANALYZE also reads the full-text index's tables in full, seconds on a large cold file.
    /// </summary>
    public Task OptimizeAsync(ContentDbContext db, CancellationToken cancellationToken)
    {
        var tables = db.Model.GetEntityTypes()
            .Select(type => type.GetTableName())
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Select(table => $"ANALYZE \"{table}\";");
        // The names come from the EF model, not from input.
#pragma warning disable EF1003
        return db.Database.ExecuteSqlRawAsync("PRAGMA analysis_limit=400; " + string.Concat(tables), cancellationToken);
#pragma warning restore EF1003
    }

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
