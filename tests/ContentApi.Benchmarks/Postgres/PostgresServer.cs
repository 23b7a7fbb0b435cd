using Npgsql;

namespace ContentApi.Benchmarks.Postgres;

/// <summary>The PostgreSQL server a run uses (`--postgres "Host=...;Port=...;Username=..."`), and its databases.</summary>
public sealed class PostgresServer(string connectionString)
{
    /// <summary>The connection string for one of the server's databases.</summary>
    public string For(string database) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Database = database }.ConnectionString;

    public async Task<bool> ExistsAsync(string database, CancellationToken cancellationToken) =>
        await ScalarAsync<long>($"SELECT count(*) FROM pg_database WHERE datname = '{database}'", cancellationToken) == 1;

    public Task<long> SizeAsync(string database, CancellationToken cancellationToken) =>
        ScalarAsync<long>($"SELECT pg_database_size('{database}')", cancellationToken);

    /// <summary>
    /// A new database copied from the template, replacing one of the same name. FILE_COPY copies the
    /// files rather than writing every page to the log (WAL_LOG, PostgreSQL 15's default): seconds, not minutes.
    /// </summary>
    public async Task CloneAsync(string template, string database, CancellationToken cancellationToken)
    {
        await DropAsync(database, cancellationToken);
        await ExecuteAsync($"CREATE DATABASE \"{database}\" TEMPLATE \"{template}\" STRATEGY FILE_COPY", cancellationToken);
    }

    public Task DropAsync(string database, CancellationToken cancellationToken) =>
        ExecuteAsync($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", cancellationToken);

    /// <summary>Statements against the server's maintenance database; the names come from this code, not from input.</summary>
    public async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync("postgres", cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Not pooled: a pooled idle connection would keep a database from being renamed or copied.</summary>
    public async Task<NpgsqlConnection> OpenAsync(string database, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(For(database)) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private async Task<T> ScalarAsync<T>(string sql, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync("postgres", cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
