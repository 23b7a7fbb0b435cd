using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace ContentApi.Data;

/// <summary>
/// Inserts many rows of one entity type, untracked, in the caller's transaction. On SQLite one prepared
/// INSERT is reused for every row: EF's SaveChanges plans each statement again and cost the related
/// rebuild most of its time at 500,000 rows. Elsewhere (PostgreSQL) EF's own batching is already good.
/// For plain row tables: every mapped property is written as it is, store-generated keys included.
/// </summary>
public static class BulkInsert
{
    private const int EfBatch = 5000;

    public static async Task<int> InsertAsync<T>(ContentDbContext db, IEnumerable<T> rows, CancellationToken cancellationToken) where T : class
    {
        if (!db.Database.IsSqlite())
        {
            return await SaveInBatchesAsync(db, rows, cancellationToken);
        }
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var mapping = entity.GetTableMappings().Single();
        var columns = mapping.ColumnMappings.ToList();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = $"INSERT INTO \"{mapping.Table.Name}\" ({string.Join(", ", columns.Select(c => $"\"{c.Column.Name}\""))}) "
                + $"VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
            var parameters = columns.Select((_, i) => AddParameter(command, $"@p{i}")).ToArray();
            var getters = columns.Select(c => (Get: c.Property.GetGetter(), Convert: c.TypeMapping.Converter)).ToArray();
            await command.PrepareAsync(cancellationToken);
            var written = 0;
            foreach (var row in rows)
            {
                for (var i = 0; i < getters.Length; i++)
                {
                    var value = getters[i].Get.GetClrValue(row);
                    parameters[i].Value = (value is null ? null : getters[i].Convert?.ConvertToProvider(value) ?? value) ?? DBNull.Value;
                }
                await command.ExecuteNonQueryAsync(cancellationToken);
                written++;
            }
            return written;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static DbParameter AddParameter(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        command.Parameters.Add(parameter);
        return parameter;
    }

    private static async Task<int> SaveInBatchesAsync<T>(ContentDbContext db, IEnumerable<T> rows, CancellationToken cancellationToken) where T : class
    {
        var written = 0;
        foreach (var batch in rows.Chunk(EfBatch))
        {
            db.Set<T>().AddRange(batch);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            written += batch.Length;
        }
        return written;
    }
}
