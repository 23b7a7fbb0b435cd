using ContentApi.Common.Caching;
using Npgsql;
using NpgsqlTypes;

namespace ContentApi.Data.Postgres;

/// <summary>Log sequence numbers: the primary's current WAL position, and how far the standby has replayed it.</summary>
public sealed class PostgresReplicaLag(string primaryConnectionString, string replicaConnectionString) : IReadLag
{
    public Task<ulong> PrimaryPositionAsync(CancellationToken cancellationToken) =>
        ReadAsync(primaryConnectionString, "SELECT pg_current_wal_lsn()", cancellationToken);

    // NULL where the "replica" is not in recovery (a primary, or a logical copy): it cannot lag behind in WAL terms.
    public Task<ulong> ReplayedPositionAsync(CancellationToken cancellationToken) =>
        ReadAsync(replicaConnectionString, "SELECT pg_last_wal_replay_lsn()", cancellationToken);

    private static async Task<ulong> ReadAsync(string connectionString, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is NpgsqlLogSequenceNumber position ? (ulong)position : ulong.MaxValue;
    }
}
