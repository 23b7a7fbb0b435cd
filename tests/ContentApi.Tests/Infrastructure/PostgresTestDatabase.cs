using ContentApi.Data;
using ContentApi.Data.Postgres;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ContentApi.Tests.Infrastructure;

/// <summary>
/// A fresh PostgreSQL database per factory, fast: the migrations run once per test run into a
/// template, and each database is a CREATE DATABASE ... TEMPLATE copy of it (a file copy, some
/// tens of milliseconds). Seeding and the indexes are left to the app's start, as on SQLite.
/// </summary>
public sealed class PostgresTestDatabase : TestDatabase
{
    private static readonly Lazy<string> Template = new(CreateTemplate);
    private readonly string _server;
    private readonly string _name;

    private PostgresTestDatabase(string server, string name) => (_server, _name) = (server, name);

    public string ConnectionString => new NpgsqlConnectionStringBuilder(_server) { Database = _name }.ToString();

    public override IEnumerable<(string Key, string Value)> Settings =>
    [
        ("Database:Provider", "Postgres"),
        ("ConnectionStrings:Content", ConnectionString),
        ("Media:Path", Path.Combine(Path.GetTempPath(), _name + "-media")),
        // A database server means instances may share it: start-up refuses a per-process cursor key.
        ("Cursors:Key", "postgres-test-cursor-key-0123456789abcdef0123456789"),
    ];

    public override ContentDbContext CreateContext()
    {
        var options = new DbContextOptionsBuilder<PostgresContentDbContext>();
        new PostgresProvider(ConnectionString).Configure(options);
        return new PostgresContentDbContext(options.Options);
    }

    public static PostgresTestDatabase Create(string server)
    {
        var name = $"contentapi_test_{Guid.NewGuid():N}";
        Execute(server, $"CREATE DATABASE {name} TEMPLATE {Template.Value}");
        return new PostgresTestDatabase(server, name);
    }

    protected override void Drop()
    {
        NpgsqlConnection.ClearPool(new NpgsqlConnection(ConnectionString));
        Execute(_server, $"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
    }

    private static string CreateTemplate()
    {
        var server = PostgresServer!;
        var name = $"contentapi_template_{Guid.NewGuid():N}";
        Execute(server, $"CREATE DATABASE {name}");
        // No pooling: a template must have no connection left open when it is copied.
        var connection = new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = false }.ToString();
        var options = new DbContextOptionsBuilder<PostgresContentDbContext>();
        new PostgresProvider(connection).Configure(options);
        using (var db = new PostgresContentDbContext(options.Options))
        {
            db.Database.Migrate();
        }
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Execute(server, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        return name;
    }

    private static void Execute(string server, string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Pooling = false }.ToString());
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        // Two copies of one template at the same moment: the second waits for the first (55006).
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                command.ExecuteNonQuery();
                return;
            }
            catch (PostgresException exception) when (exception.SqlState == "55006" && attempt < 50)
            {
                Thread.Sleep(100);
            }
        }
    }
}
