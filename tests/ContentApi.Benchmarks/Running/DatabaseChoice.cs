using ContentApi.Benchmarks.Generation;
using ContentApi.Benchmarks.Postgres;

namespace ContentApi.Benchmarks.Running;

/// <summary>
/// `--provider sqlite|postgres` and `--postgres "Host=...;Port=...;Username=..."`: which database a
/// run's API starts on. Both hold the same prepared data (see <see cref="PostgresTemplate"/>).
/// </summary>
public sealed record DatabaseChoice(string Provider, string? PostgresServer)
{
    public static readonly DatabaseChoice Sqlite = new(ApiDatabase.SqliteProvider, null);

    public static DatabaseChoice FromOptions(CommandLine options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Text("provider") switch
        {
            null or "sqlite" => Sqlite,
            "postgres" => new(ApiDatabase.PostgresProvider, options.Text("postgres")
                ?? throw new ArgumentException("--provider postgres needs --postgres \"Host=127.0.0.1;Port=5432;Username=postgres\" (a role that may create databases).")),
            var other => throw new ArgumentException($"--provider must be sqlite or postgres, got '{other}'."),
        };
    }

    public bool IsSqlite => Provider == ApiDatabase.SqliteProvider;

    public string Label => IsSqlite ? "SQLite" : "PostgreSQL";

    /// <summary>
    /// The database for one run, named by its purpose: the cached SQLite file itself, or a copy of it
    /// when the run writes (<paramref name="writable"/>); on PostgreSQL always a copy of the template.
    /// </summary>
    public async Task<ApiDatabase> OpenAsync(
        RepoPaths paths, int articles, string purpose, bool writable, string scratch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paths);
        if (IsSqlite)
        {
            var cached = await CachedDatabase.EnsureAsync(paths, articles, scratch, cancellationToken);
            if (!writable)
            {
                return ApiDatabase.Sqlite(cached);
            }
            var copy = Path.Combine(scratch, $"{purpose}.db");
            // A killed API leaves its -wal beside the copy: an older run's, replayed onto a new copy, corrupts it.
            DeleteSqlite(copy);
            File.Copy(cached, copy);
            return ApiDatabase.Sqlite(copy);
        }
        var server = new PostgresServer(PostgresServer!);
        var template = await PostgresTemplate.EnsureAsync(paths, articles, server, scratch, cancellationToken);
        var name = $"contentapi_bench_{purpose}";
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await server.CloneAsync(template, name, cancellationToken);
        var bytes = await server.SizeAsync(name, cancellationToken);
        Console.WriteLine($"Copied {template} to {name} ({bytes / 1_048_576.0:N0} MiB) in {clock.Elapsed.TotalSeconds:F1} s");
        return new ApiDatabase(ApiDatabase.PostgresProvider, server.For(name), name, bytes);
    }

    /// <summary>A copy is dropped after its run; the cached SQLite file stays.</summary>
    public async Task ReleaseAsync(ApiDatabase database, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        if (!database.IsSqlite)
        {
            await new PostgresServer(PostgresServer!).DropAsync(database.Name, cancellationToken);
        }
        else if (!database.Name.Contains(Path.Combine(".data", ""), StringComparison.Ordinal))
        {
            DeleteSqlite(database.Name);
        }
    }

    private static void DeleteSqlite(string path)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
