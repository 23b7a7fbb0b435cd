using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace ContentApi.Tests.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL primary and a hot standby streaming from it (made with
/// `pg_basebackup -R`), on loopback, in a temporary directory; stopped and removed when disposed.
/// Run as the postgres user when the tests run as root (as in CI). Tests that need it are
/// [ReplicaFact]s: skipped, saying why, where the PostgreSQL server binaries are not installed.
/// CONTENTAPI_TEST_REPLICA_PORT picks the primary's port (the standby takes the next); else free ports.
/// </summary>
public sealed class StreamingReplica : IDisposable
{
    public static readonly string? Binaries = Directory.Exists("/usr/lib/postgresql")
        ? Directory.GetDirectories("/usr/lib/postgresql").Select(version => Path.Combine(version, "bin"))
            .Where(bin => File.Exists(Path.Combine(bin, "pg_basebackup")) && File.Exists(Path.Combine(bin, "initdb")))
            .OrderBy(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var major) ? major : 0).LastOrDefault()
        : null;

    private readonly string _directory = Directory.CreateTempSubdirectory("contentapi-replica-").FullName;
    private readonly bool _started;

    public StreamingReplica()
    {
        if (Binaries is null)
        {
            return;
        }
        var firstPort = int.TryParse(Environment.GetEnvironmentVariable("CONTENTAPI_TEST_REPLICA_PORT"), CultureInfo.InvariantCulture, out var port) ? port : 0;
        (PrimaryPort, StandbyPort) = firstPort > 0 ? (firstPort, firstPort + 1) : (FreePort(), FreePort());
        if (Environment.UserName == "root")
        {
            Run("/bin/chown", ["postgres", _directory]);
        }
        Postgres($"initdb -D {_directory}/primary -U postgres --auth=trust -E UTF8 --locale=C.UTF-8");
        Start("primary", PrimaryPort);
        _started = true;
        Postgres($"pg_basebackup -h 127.0.0.1 -p {PrimaryPort} -U postgres -D {_directory}/standby -R -X stream");
        Start("standby", StandbyPort);
    }

    public int PrimaryPort { get; }

    public int StandbyPort { get; }

    public string Primary(string database = "postgres") => $"Host=127.0.0.1;Port={PrimaryPort};Username=postgres;Database={database}";

    public string Standby(string database = "postgres") => $"Host=127.0.0.1;Port={StandbyPort};Username=postgres;Database={database}";

    /// <summary>Waits until the standby has replayed everything the primary has committed.</summary>
    public async Task WaitForReplayAsync()
    {
        var target = await ScalarAsync(Primary(), "SELECT pg_current_wal_lsn()::text");
        for (var attempt = 0; attempt < 500; attempt++)
        {
            if (await ScalarAsync(Standby(), $"SELECT pg_last_wal_replay_lsn() >= '{target}'::pg_lsn") is true)
            {
                return;
            }
            await Task.Delay(20);
        }
        throw new TimeoutException($"The standby did not replay up to {target} within 10 s.");
    }

    /// <summary>Stops (or resumes) applying the primary's log on the standby: it keeps answering, from what it has.</summary>
    public Task PauseReplayAsync(bool pause) =>
        ScalarAsync(Standby(), pause ? "SELECT pg_wal_replay_pause()" : "SELECT pg_wal_replay_resume()");

    public static async Task<object?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    public void Dispose()
    {
        if (_started)
        {
            foreach (var node in new[] { "standby", "primary" })
            {
                Postgres($"pg_ctl -D {_directory}/{node} -m immediate -w stop", check: false);
            }
        }
        NpgsqlConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private void Start(string node, int port) =>
        Postgres($"pg_ctl -D {_directory}/{node} -l {_directory}/{node}.log -w start -o '-c listen_addresses=127.0.0.1 -p {port} " +
            $"-c unix_socket_directories={_directory} -c fsync=off -c full_page_writes=off -c max_connections=100'");

    private static void Postgres(string command, bool check = true)
    {
        var line = $"{Binaries}/{command}";
        if (Environment.UserName == "root")
        {
            Run("/bin/su", ["postgres", "-s", "/bin/sh", "-c", line], check);
        }
        else
        {
            Run("/bin/sh", ["-c", line], check);
        }
    }

    private static void Run(string file, string[] arguments, bool check = true)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (check && process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{string.Join(' ', arguments)} failed ({process.ExitCode}): {error}{output.Result}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>A test that needs a real primary and streaming standby: skipped with the reason where PostgreSQL is not installed.</summary>
public sealed class ReplicaFactAttribute : FactAttribute
{
    public const string Missing = "the PostgreSQL server binaries (initdb, pg_basebackup) are not installed under /usr/lib/postgresql (apt-get install postgresql; .ci/run does): the read-replica tests start a real primary and standby.";

    public ReplicaFactAttribute()
    {
        if (StreamingReplica.Binaries is null)
        {
            Skip = Missing;
        }
    }
}
