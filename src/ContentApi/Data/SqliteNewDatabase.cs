using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Data;

/// <summary>
/// A new SQLite file gets its whole schema from one script made from the migrations
/// (<c>Data/Migrations/NewDatabase.sql</c>, see README "The database and the seeds"): the migrator
/// would first build the history table's model and each rebuilding migration's target model, about a
/// quarter of a seeded cold start. The script records every migration it holds in the history table,
/// so later starts migrate as before. A script behind the migrations (one added, the script not made
/// again) leaves the rest to the migrator; NewDatabaseScriptTests fails on it.
/// </summary>
internal static class SqliteNewDatabase
{
    public const string ResourceName = "ContentApi.Data.Migrations.NewDatabase.sql";

    /// <summary>True when the file was empty and the script brought it to the latest migration.</summary>
    public static async Task<bool> TryCreateAsync(ContentDbContext db, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            if (Convert.ToInt64(await ExecuteAsync(connection, "SELECT COUNT(*) FROM sqlite_master;", scalar: true, cancellationToken)) > 0)
            {
                return false;
            }
            var script = Script();
            await ExecuteAsync(connection, script, scalar: false, cancellationToken);
            return script.Contains($"'{db.Database.GetMigrations().Last()}'", StringComparison.Ordinal);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public static string Script()
    {
        using var stream = typeof(SqliteNewDatabase).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static async Task<object?> ExecuteAsync(DbConnection connection, string sql, bool scalar, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return scalar ? await command.ExecuteScalarAsync(cancellationToken) : await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
