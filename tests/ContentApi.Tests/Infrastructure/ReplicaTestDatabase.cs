using ContentApi.Data;
using ContentApi.Data.Postgres;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ContentApi.Tests.Infrastructure;

/// <summary>A database of its own on a <see cref="StreamingReplica"/>'s primary, read by the app through the standby (ConnectionStrings:ContentRead).</summary>
public sealed class ReplicaTestDatabase : TestDatabase
{
    private readonly StreamingReplica _replica;
    private readonly string _name = $"contentapi_replica_{Guid.NewGuid():N}";

    public ReplicaTestDatabase(StreamingReplica replica)
    {
        _replica = replica;
        StreamingReplica.ScalarAsync(replica.Primary(), $"CREATE DATABASE {_name}").GetAwaiter().GetResult();
    }

    public string PrimaryConnection => _replica.Primary(_name);

    public string StandbyConnection => _replica.Standby(_name);

    public override IEnumerable<(string Key, string Value)> Settings =>
    [
        ("Database:Provider", "Postgres"),
        ("ConnectionStrings:Content", PrimaryConnection),
        ("ConnectionStrings:ContentRead", StandbyConnection),
        ("Media:Path", Path.Combine(Path.GetTempPath(), _name + "-media")),
        ("Cursors:Key", "replica-test-cursor-key-0123456789abcdef0123456789"),
    ];

    public override ContentDbContext CreateContext()
    {
        var options = new DbContextOptionsBuilder<PostgresContentDbContext>();
        new PostgresProvider(PrimaryConnection).Configure(options);
        return new PostgresContentDbContext(options.Options);
    }

    protected override void Drop()
    {
        NpgsqlConnection.ClearAllPools();
        StreamingReplica.ScalarAsync(_replica.Primary(), $"DROP DATABASE IF EXISTS {_name} WITH (FORCE)").GetAwaiter().GetResult();
    }
}
