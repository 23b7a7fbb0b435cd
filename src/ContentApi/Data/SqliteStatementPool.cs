using Microsoft.Data.Sqlite;

namespace ContentApi.Data;

/// <summary>
/// A few open read-only connections to a SQLite file, each keeping its statements prepared by SQL text.
/// Microsoft.Data.Sqlite keeps no prepared statements, so a hot read that goes through a pooled
/// connection prepares its statement on every execution. Each execution is its own read transaction,
/// so a connection kept open sees every commit made before it runs (WAL).
/// </summary>
public sealed class SqliteStatementPool(string connectionString) : IDisposable
{
    // More would sit idle: a read holds its connection only while stepping through its rows.
    private static readonly int Kept = Environment.ProcessorCount * 2;

    // Not pooled by Microsoft.Data.Sqlite: these stay open here, and disposing one closes its file.
    private readonly string _connectionString = new SqliteConnectionStringBuilder(connectionString)
    {
        Mode = SqliteOpenMode.ReadOnly,
        Pooling = false,
    }.ToString();

    private readonly Stack<SqliteKeptConnection> _idle = new();
    private bool _disposed;

    /// <summary>Runs <paramref name="sql"/> with these parameters (names and values in order); <paramref name="read"/> must finish with the reader.</summary>
    public T Execute<T>(string sql, IReadOnlyList<string> names, Func<SqliteDataReader, T> read, params ReadOnlySpan<object?> values)
    {
        var connection = Rent();
        try
        {
            var (command, kept) = connection.Statement(sql, names);
            for (var i = 0; i < values.Length; i++)
            {
                command.Parameters[i].Value = values[i] ?? DBNull.Value;
            }
            T result;
            using (var reader = command.ExecuteReader())
            {
                result = read(reader);
            }
            if (!kept)
            {
                command.Dispose();
            }
            Return(connection);
            return result;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private SqliteKeptConnection Rent()
    {
        lock (_idle)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_idle.TryPop(out var idle))
            {
                return idle;
            }
        }
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return new SqliteKeptConnection(connection);
    }

    private void Return(SqliteKeptConnection connection)
    {
        lock (_idle)
        {
            if (!_disposed && _idle.Count < Kept)
            {
                _idle.Push(connection);
                return;
            }
        }
        connection.Dispose();
    }

    public void Dispose()
    {
        lock (_idle)
        {
            _disposed = true;
            while (_idle.TryPop(out var connection))
            {
                connection.Dispose();
            }
        }
    }
}
