using Microsoft.Data.Sqlite;

namespace ContentApi.Data;

/// <summary>One open connection of a <see cref="SqliteStatementPool"/> and the statements it keeps prepared, by SQL text.</summary>
internal sealed class SqliteKeptConnection(SqliteConnection connection) : IDisposable
{
    // A bound on what one connection keeps: list shapes are few, but a statement past it is prepared once and dropped.
    private const int StatementsPerConnection = 64;

    private readonly Dictionary<string, SqliteCommand> _statements = new(StringComparer.Ordinal);

    /// <returns>The statement, prepared; Kept false when it is one past the bound, for the caller to dispose.</returns>
    public (SqliteCommand Command, bool Kept) Statement(string sql, IReadOnlyList<string> names)
    {
        if (_statements.TryGetValue(sql, out var kept))
        {
            return (kept, true);
        }
        var command = new SqliteCommand(sql, connection);
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }
        command.Prepare();
        if (_statements.Count >= StatementsPerConnection)
        {
            return (command, false);
        }
        _statements.Add(sql, command);
        return (command, true);
    }

    public void Dispose()
    {
        foreach (var command in _statements.Values)
        {
            command.Dispose();
        }
        connection.Dispose();
    }
}
