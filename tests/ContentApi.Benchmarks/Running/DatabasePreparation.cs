using Microsoft.Data.Sqlite;

namespace ContentApi.Benchmarks.Running;

/// <summary>
/// The API's first start on a new database builds its search index and statistics: on 100,000
/// articles that takes about a minute. Done once, here, so a run's start measures a real start.
/// </summary>
public static class DatabasePreparation
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(10);

    public static async Task PrepareAsync(RepoPaths paths, string database, string scratch, CancellationToken cancellationToken)
    {
        Console.WriteLine($"Preparing {database}: the API's first start builds its search index (up to {Timeout.TotalMinutes} min)");
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var url = LocalServers.FreeUrl();
        await using (var api = LocalServers.StartApi(paths, database, url, Path.Combine(scratch, "prepare.log"), outputCache: false, LocalServers.NoSeeds(scratch)))
        {
            using var waiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var progress = PrintProgressAsync(api, database, waiting.Token);
            try
            {
                var took = await api.WaitUntilOkAsync(http, new Uri(url, "/api/v1/articles?pageSize=1"), Timeout, cancellationToken);
                Console.WriteLine($"Prepared in {took.TotalSeconds:F1} s");
            }
            finally
            {
                await waiting.CancelAsync();
                await progress;
            }
        }
        // The API was killed; what it committed is in the write-ahead log. Fold it into the file, so
        // the file is whole on its own before it is renamed (its -wal would not follow it).
        await using (var connection = new SqliteConnection($"Data Source={database};Pooling=False"))
        {
            await connection.OpenAsync(cancellationToken);
            await using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            await checkpoint.ExecuteNonQueryAsync(cancellationToken);
        }
        if (File.Exists(database + "-wal"))
        {
            throw new InvalidOperationException($"{database}-wal is still there after the checkpoint.");
        }
    }

    // The index is built in one transaction, so the growing write-ahead log shows it is moving.
    private static async Task PrintProgressAsync(ChildProcess api, string database, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(ProgressEvery);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                var wal = new FileInfo(database + "-wal");
                var walMiB = wal.Exists ? wal.Length / 1_048_576.0 : 0;
                Console.WriteLine($"  still preparing: {api.SinceStart.Elapsed.TotalSeconds,5:F0} s, write-ahead log {walMiB:N0} MiB");
            }
        }
        catch (OperationCanceledException)
        {
            // The API answered (or the run was stopped).
        }
    }
}
