using System.Diagnostics;
using ContentApi.Benchmarks.Generation;
using ContentApi.Benchmarks.Running;

namespace ContentApi.Benchmarks.Postgres;

/// <summary>
/// The prepared data on PostgreSQL: the same rows as the prepared SQLite file, kept as a template
/// database (`articles_100000_v2`) that each run copies, as a run copies the SQLite file. Made once:
/// the API's `migrate` makes the schema, the file's tables are copied in, then one start of the API
/// builds what it builds on a new database (the search documents), and VACUUM ANALYZE leaves the
/// tables as a settled server would have them.
/// </summary>
public static class PostgresTemplate
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(20);

    public static string NameFor(int articles) => $"articles_{articles}_v{ContentGenerator.Version}";

    public static async Task<string> EnsureAsync(RepoPaths paths, int articles, PostgresServer server, string scratch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(server);
        var name = NameFor(articles);
        if (await server.ExistsAsync(name, cancellationToken))
        {
            Console.WriteLine($"Using the PostgreSQL template {name}");
            return name;
        }
        var sqlite = await CachedDatabase.EnsureAsync(paths, articles, scratch, cancellationToken);
        // Made under another name first, so an interrupted preparation is never taken for a ready template.
        var partial = name + "_partial";
        await server.DropAsync(partial, cancellationToken);
        await server.ExecuteAsync($"CREATE DATABASE \"{partial}\"", cancellationToken);
        var database = new ApiDatabase(ApiDatabase.PostgresProvider, server.For(partial), partial, 0);
        var clock = Stopwatch.StartNew();

        Console.WriteLine($"Preparing {name} from {sqlite}: the schema (the API's migrate)");
        var migrate = LocalServers.Api(paths.ApiDll, "migrate");
        foreach (var (key, value) in database.Settings(new Dictionary<string, string> { ["Seeds__Path"] = LocalServers.NoSeeds(scratch) }))
        {
            migrate.Environment[key] = value;
        }
        await using (var migrating = ChildProcess.Start(migrate, Path.Combine(scratch, "migrate.log")))
        {
            await migrating.WaitForSuccessAsync(Timeout, cancellationToken);
        }

        Console.WriteLine($"  the rows, table by table ({clock.Elapsed.TotalSeconds:F0} s so far)");
        await using (var connection = await server.OpenAsync(partial, cancellationToken))
        {
            await SqliteToPostgresCopy.CopyAsync(sqlite, connection, cancellationToken);
        }

        Console.WriteLine($"  the API's first start: search documents ({clock.Elapsed.TotalSeconds:F0} s so far)");
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var url = LocalServers.FreeUrl();
        // The start fills every article's search document in one statement: over a minute at 100,000
        // articles on this machine, past Npgsql's default 30 s command timeout.
        var unhurried = database with { ConnectionString = database.ConnectionString + ";Command Timeout=0" };
        await using (var api = LocalServers.StartApi(paths, unhurried, url, Path.Combine(scratch, "prepare.log"), outputCache: false, LocalServers.NoSeeds(scratch)))
        {
            await api.WaitUntilOkAsync(http, new Uri(url, "/api/v1/articles?pageSize=1"), Timeout, cancellationToken);
        }

        Console.WriteLine($"  VACUUM ANALYZE ({clock.Elapsed.TotalSeconds:F0} s so far)");
        await using (var connection = await server.OpenAsync(partial, cancellationToken))
        await using (var vacuum = new Npgsql.NpgsqlCommand("VACUUM (ANALYZE)", connection) { CommandTimeout = 0 })
        {
            await vacuum.ExecuteNonQueryAsync(cancellationToken);
        }
        await server.ExecuteAsync($"ALTER DATABASE \"{partial}\" RENAME TO \"{name}\"", cancellationToken);
        await server.ExecuteAsync($"ALTER DATABASE \"{name}\" IS_TEMPLATE true", cancellationToken);
        Console.WriteLine($"Prepared {name} in {clock.Elapsed.TotalSeconds:F0} s");
        return name;
    }
}
