using ContentApi.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ContentApi.Tests.Data;

/// <summary>A new database is made by one script (start-up speed); it must be what the migrations make.</summary>
public sealed class NewDatabaseScriptTests
{
    [Fact]
    public void Script_IsWhatTheMigrationsGenerate()
    {
        using var db = ModelContexts.Create();

        Assert.True(
            Normal(db.GetService<IMigrator>().GenerateScript()) == Normal(SqliteNewDatabase.Script()),
            "Data/Migrations/NewDatabase.sql is behind the migrations: make it again with `dotnet ef migrations script` (see README.md).");
    }

    [Fact]
    public async Task TryCreate_NewFile_GivesTheMigratedSchemaAndHistory()
    {
        await using var scripted = new FileContext();
        await using var migrated = new FileContext();

        Assert.True(await SqliteNewDatabase.TryCreateAsync(scripted.Db, CancellationToken.None));
        await migrated.Db.Database.MigrateAsync();

        Assert.Equal(await migrated.SchemaAsync(), await scripted.SchemaAsync());
        Assert.Equal(await migrated.Db.Database.GetAppliedMigrationsAsync(), await scripted.Db.Database.GetAppliedMigrationsAsync());
        Assert.Empty(await scripted.Db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task TryCreate_DatabaseWithTables_LeavesItToTheMigrator()
    {
        await using var existing = new FileContext();
        await existing.Db.Database.MigrateAsync();

        Assert.False(await SqliteNewDatabase.TryCreateAsync(existing.Db, CancellationToken.None));
    }

    private static string Normal(string script) => script.Replace("\r\n", "\n", StringComparison.Ordinal).Trim('\uFEFF', '\n', ' ');

    private sealed class FileContext : IAsyncDisposable
    {
        private readonly string _path = Path.Combine(Path.GetTempPath(), $"contentapi-schema-{Guid.NewGuid():N}.db");

        public FileContext()
        {
            var options = new DbContextOptionsBuilder<ContentDbContext>();
            new SqliteProvider($"Data Source={_path}", AppContext.BaseDirectory).Configure(options);
            Db = new ContentDbContext(options.Options);
        }

        public ContentDbContext Db { get; }

        // The migrator's lock table is the migrator's own: it makes it whenever it runs.
        public async Task<IReadOnlyList<string>> SchemaAsync() =>
            await Db.Database.SqlQueryRaw<string>(
                "SELECT type || ' ' || name || ': ' || COALESCE(sql, '') AS \"Value\" FROM sqlite_master WHERE name <> '__EFMigrationsLock' ORDER BY type, name")
                .ToListAsync();

        public async ValueTask DisposeAsync()
        {
            await Db.DisposeAsync();
            SqliteConnection.ClearAllPools();
            File.Delete(_path);
        }
    }
}
