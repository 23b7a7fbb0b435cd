using Microsoft.Data.Sqlite;
using Npgsql;

namespace ContentApi.Benchmarks.Postgres;

/// <summary>
/// Copies the prepared SQLite file's rows into a PostgreSQL database the API has migrated: every table
/// of the EF model, table by table, with binary COPY. Not SQLite's full-text tables: the API's next
/// start fills PostgreSQL's own search documents from the articles.
/// </summary>
public static class SqliteToPostgresCopy
{
    public static async Task CopyAsync(string sqlitePath, NpgsqlConnection postgres, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(postgres);
        await using var sqlite = new SqliteConnection($"Data Source={sqlitePath};Mode=ReadOnly;Pooling=False");
        await sqlite.OpenAsync(cancellationToken);
        var tables = await PostgresColumn.TablesAsync(postgres, cancellationToken);
        var copied = tables.Keys.Where(table => !table.StartsWith("__EF", StringComparison.Ordinal)
            && SqliteColumns(sqlite, table).Count > 0).ToList();
        // The migration's own rows (if any) go, so the database holds exactly the file's.
        await ExecuteAsync(postgres, $"TRUNCATE {string.Join(", ", copied.Select(t => $"\"{t}\""))}", cancellationToken);
        // The file's keys were checked when it was made: no trigger checks them again row by row.
        await ExecuteAsync(postgres, "SET session_replication_role = replica", cancellationToken);
        foreach (var table in copied)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var columns = tables[table].Where(c => SqliteColumns(sqlite, table).Contains(c.Name)).ToList();
            var rows = await CopyTableAsync(sqlite, postgres, table, columns, cancellationToken);
            Console.WriteLine($"  {table}: {rows:N0} rows in {clock.Elapsed.TotalSeconds:F1} s");
        }
        await ExecuteAsync(postgres, "SET session_replication_role = origin", cancellationToken);
        await ExecuteAsync(postgres, PostgresColumn.ResetSequencesSql, cancellationToken);
    }

    private static async Task<long> CopyTableAsync(
        SqliteConnection sqlite, NpgsqlConnection postgres, string table, List<PostgresColumn> columns, CancellationToken cancellationToken)
    {
        var names = string.Join(", ", columns.Select(c => $"\"{c.Name}\""));
        await using var select = sqlite.CreateCommand();
        select.CommandText = $"SELECT {names} FROM \"{table}\"";
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        await using var writer = await postgres.BeginBinaryImportAsync($"COPY \"{table}\" ({names}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            await writer.StartRowAsync(cancellationToken);
            for (var i = 0; i < columns.Count; i++)
            {
                await columns[i].WriteAsync(writer, reader.IsDBNull(i) ? null : reader.GetValue(i), cancellationToken);
            }
        }
        return (long)await writer.CompleteAsync(cancellationToken);
    }

    private static HashSet<string> SqliteColumns(SqliteConnection sqlite, string table)
    {
        using var command = sqlite.CreateCommand();
        command.CommandText = "SELECT name FROM pragma_table_info($table)";
        command.Parameters.AddWithValue("$table", table);
        using var reader = command.ExecuteReader();
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }
        return names;
    }

    private static async Task ExecuteAsync(NpgsqlConnection postgres, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, postgres) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
