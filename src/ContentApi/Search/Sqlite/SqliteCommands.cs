using System.Data.Common;
using ContentApi.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace ContentApi.Search.Sqlite;

/// <summary>
/// Plain ADO.NET commands on the context's connection, in its transaction if one is open: the impact lists
/// read and write many small rows, where EF Core's per-statement work would cost more than SQLite's.
/// </summary>
internal static class SqliteCommands
{
    public static async Task<DbCommand> CommandAsync(this ContentDbContext db, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    public static async Task<T?> ScalarAsync<T>(this ContentDbContext db, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = await db.CommandAsync(sql, cancellationToken, parameters);
        return await command.ExecuteScalarAsync(cancellationToken) is { } value and not DBNull ? (T)value : default;
    }

    public static async Task ExecuteAsync(this ContentDbContext db, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = await db.CommandAsync(sql, cancellationToken, parameters);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
