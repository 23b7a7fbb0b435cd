using ContentApi.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Tests.Infrastructure;

/// <summary>
/// The database a test app runs on: a SQLite file of its own by default; with
/// CONTENTAPI_TEST_POSTGRES set to a server's connection string, a PostgreSQL database of its own
/// (see <see cref="PostgresTestDatabase"/>). The same tests run on both.
/// </summary>
public abstract class TestDatabase : IDisposable
{
    public const string PostgresVariable = "CONTENTAPI_TEST_POSTGRES";

    public static string? PostgresServer =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } server ? server : null;

    public static bool IsPostgres => PostgresServer is not null;

    /// <summary>Tests that listen on fixed ports shift them on PostgreSQL, so both runs can go at once.</summary>
    public static int PortOffset => IsPostgres ? 20 : 0;

    /// <summary>Empties the search index's table behind the app's back.</summary>
    public static string EmptySearchIndexSql => IsPostgres ? "DELETE FROM \"ArticleSearchDocuments\"" : "DELETE FROM ListableArticleText";

    public static TestDatabase Create() => PostgresServer is { } server
        ? PostgresTestDatabase.Create(server)
        : new SqliteTestDatabase(Path.Combine(Path.GetTempPath(), $"contentapi-test-{Guid.NewGuid():N}.db"));

    /// <summary>The app's settings for this database.</summary>
    public abstract IEnumerable<(string Key, string Value)> Settings { get; }

    /// <summary>A context over this database configured as the app's, without starting an app.</summary>
    public abstract ContentDbContext CreateContext();

    public void Dispose()
    {
        Drop();
        GC.SuppressFinalize(this);
    }

    protected abstract void Drop();
}

public sealed class SqliteTestDatabase(string path) : TestDatabase
{
    public override IEnumerable<(string Key, string Value)> Settings => [("ConnectionStrings:Content", $"Data Source={path}")];

    public override ContentDbContext CreateContext()
    {
        var options = new DbContextOptionsBuilder<ContentDbContext>();
        new SqliteProvider($"Data Source={path}", AppContext.BaseDirectory).Configure(options);
        return new ContentDbContext(options.Options);
    }

    protected override void Drop()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(path + suffix);
        }
    }
}
