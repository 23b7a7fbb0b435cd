using System.Globalization;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace ContentApi.Benchmarks.Postgres;

/// <summary>One column of a migrated PostgreSQL table, and how a value SQLite stored for it is written there.</summary>
public sealed record PostgresColumn(string Name, string Type)
{
    /// <summary>The public schema's tables and their columns, in column order.</summary>
    public static async Task<Dictionary<string, List<PostgresColumn>>> TablesAsync(NpgsqlConnection postgres, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(postgres);
        await using var command = new NpgsqlCommand(
            "SELECT c.table_name, c.column_name, c.udt_name FROM information_schema.columns c "
            + "JOIN information_schema.tables t USING (table_schema, table_name) "
            + "WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' ORDER BY c.table_name, c.ordinal_position", postgres);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var tables = new Dictionary<string, List<PostgresColumn>>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            var table = reader.GetString(0);
            (tables.TryGetValue(table, out var columns) ? columns : tables[table] = []).Add(new(reader.GetString(1), reader.GetString(2)));
        }
        return tables;
    }

    /// <summary>Each identity or serial column's sequence continues after the highest value copied.</summary>
    public const string ResetSequencesSql = """
        DO $$
        DECLARE c record; top bigint;
        BEGIN
          FOR c IN SELECT table_name, column_name, pg_get_serial_sequence(format('%I', table_name), column_name) AS seq
                   FROM information_schema.columns WHERE table_schema = 'public' LOOP
            CONTINUE WHEN c.seq IS NULL;
            EXECUTE format('SELECT max(%I) FROM %I', c.column_name, c.table_name) INTO top;
            PERFORM setval(c.seq, coalesce(top, 0) + 1, false);
          END LOOP;
        END $$;
        """;

    // SQLite keeps dates as text ("2026-12-02 03:58:06.3640235", UTC), booleans as 0/1, lists as JSON.
    public Task WriteAsync(NpgsqlBinaryImporter writer, object? value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var c = CultureInfo.InvariantCulture;
        return value is null ? writer.WriteNullAsync(cancellationToken) : Type switch
        {
            "int2" => writer.WriteAsync(Convert.ToInt16(value, c), NpgsqlDbType.Smallint, cancellationToken),
            "int4" => writer.WriteAsync(Convert.ToInt32(value, c), NpgsqlDbType.Integer, cancellationToken),
            "int8" => writer.WriteAsync(Convert.ToInt64(value, c), NpgsqlDbType.Bigint, cancellationToken),
            "bool" => writer.WriteAsync(Convert.ToInt64(value, c) != 0, NpgsqlDbType.Boolean, cancellationToken),
            "float4" => writer.WriteAsync(Convert.ToSingle(value, c), NpgsqlDbType.Real, cancellationToken),
            "float8" => writer.WriteAsync(Convert.ToDouble(value, c), NpgsqlDbType.Double, cancellationToken),
            "numeric" => writer.WriteAsync(Convert.ToDecimal(value, c), NpgsqlDbType.Numeric, cancellationToken),
            "timestamptz" => writer.WriteAsync(Utc(value), NpgsqlDbType.TimestampTz, cancellationToken),
            "timestamp" => writer.WriteAsync(DateTime.SpecifyKind(Utc(value), DateTimeKind.Unspecified), NpgsqlDbType.Timestamp, cancellationToken),
            "uuid" => writer.WriteAsync(value is byte[] bytes ? new Guid(bytes) : Guid.Parse((string)value), NpgsqlDbType.Uuid, cancellationToken),
            "bytea" => writer.WriteAsync((byte[])value, NpgsqlDbType.Bytea, cancellationToken),
            "jsonb" => writer.WriteAsync((string)value, NpgsqlDbType.Jsonb, cancellationToken),
            "json" => writer.WriteAsync((string)value, NpgsqlDbType.Json, cancellationToken),
            "_text" => writer.WriteAsync(JsonSerializer.Deserialize<string[]>((string)value)!, NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken),
            "_int4" => writer.WriteAsync(JsonSerializer.Deserialize<int[]>((string)value)!, NpgsqlDbType.Array | NpgsqlDbType.Integer, cancellationToken),
            "text" or "varchar" or "bpchar" or "citext" => writer.WriteAsync(Convert.ToString(value, c)!, NpgsqlDbType.Text, cancellationToken),
            _ => throw new InvalidOperationException($"No copy from SQLite for column {Name} of PostgreSQL type {Type}."),
        };
    }

    private static DateTime Utc(object value) => value is string text
        ? DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal)
        : throw new InvalidOperationException($"A date stored as {value.GetType().Name}, not text.");
}
