using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Data;

/// <summary>
/// EF's SQL and parameter values for the query (its query cache makes them without compiling), run on a statement
/// the pool keeps prepared for that SQL text.
/// </summary>
public sealed class SqlitePreparedReads(SqliteStatementPool statements) : IPreparedReads
{
    public Task<List<T>> ToListAsync<T>(IQueryable<T> query, Func<DbDataReader, T> row, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var command = query.CreateDbCommand();
        var names = new string[command.Parameters.Count];
        var values = new object?[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            (names[i], values[i]) = (command.Parameters[i].ParameterName, command.Parameters[i].Value);
        }
        return Task.FromResult(statements.Execute(command.CommandText, names, reader =>
        {
            var rows = new List<T>();
            while (reader.Read())
            {
                rows.Add(row(reader));
            }
            return rows;
        }, values));
    }
}
