using Microsoft.Data.Sqlite;

namespace ContentApi.Data;

/// <summary>
/// One read statement prepared once on each of a few open read-only connections to a SQLite file.
/// Microsoft.Data.Sqlite keeps no prepared statements, so a hot read that goes through a pooled
/// connection prepares its statement on every execution. Each execution is its own read transaction,
/// so a connection kept open sees every commit made before it runs (WAL).
/// </summary>
public sealed class SqliteStatementPool(string connectionString, string sql, params string[] parameters) : IDisposable
{
    // More would sit idle: a read holds its statement only while stepping through its rows.
    private static readonly int Kept = Environment.ProcessorCount * 2;

    // Not pooled by Microsoft.Data.Sqlite: these stay open here, and disposing one closes its file.
    private readonly string _connectionString = new SqliteConnectionStringBuilder(connectionString)
    {
        Mode = SqliteOpenMode.ReadOnly,
        Pooling = false,
    }.ToString();

    private readonly Stack<SqliteCommand> _idle = new();
    private bool _disposed;

    /// <summary>Runs the statement with these parameter values; <paramref name="read"/> must finish with the reader.</summary>
    public T Execute<T>(Func<SqliteDataReader, T> read, params ReadOnlySpan<object> values)
    {
        var command = Rent();
        try
        {
            for (var i = 0; i < values.Length; i++)
            {
                command.Parameters[i].Value = values[i];
            }
            T result;
            using (var reader = command.ExecuteReader())
            {
                result = read(reader);
            }
            Return(command);
            return result;
        }
        catch
        {
            Close(command);
            throw;
        }
    }

    private SqliteCommand Rent()
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
        var command = new SqliteCommand(sql, connection);
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }
        command.Prepare();
        return command;
    }

    private void Return(SqliteCommand command)
    {
        lock (_idle)
        {
            if (!_disposed && _idle.Count < Kept)
            {
                _idle.Push(command);
                return;
            }
        }
        Close(command);
    }

    private static void Close(SqliteCommand command)
    {
        var connection = command.Connection;
        command.Dispose();
        connection?.Dispose();
    }

    public void Dispose()
    {
        lock (_idle)
        {
            _disposed = true;
            while (_idle.TryPop(out var command))
            {
                Close(command);
            }
        }
    }
}
