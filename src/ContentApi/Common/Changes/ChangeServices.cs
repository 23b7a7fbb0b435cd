namespace ContentApi.Common.Changes;

public static class ChangeServices
{
    /// <summary>Change records written by the pipeline, the signal that wakes workers, and the worker that announces what comes due.</summary>
    public static IServiceCollection AddChangeRecords(this IServiceCollection services)
    {
        services.AddScoped<RecordedEvents>();
        services.AddScoped<ChangeRecorder>();
        services.AddScoped<Writes.IWriteParticipant>(sp => sp.GetRequiredService<ChangeRecorder>());
        services.AddSingleton<IWorkerLease, OneProcessLease>();
        services.AddSingleton<ChangeSignal>();
        services.AddSingleton<Writes.IAfterCommit>(sp => sp.GetRequiredService<ChangeSignal>());
        services.AddSingleton<ComingDueWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<ComingDueWorker>());
        return services;
    }

    /// <summary>
    /// At start-up, after seeding: the backfill, then every worker seen for the first time starts at the
    /// newest record. A new database holds no checkpoint, and nothing to backfill unless seeded.
    /// </summary>
    public static async Task PrepareChangeRecordsAsync(this IServiceProvider services, Data.StartupDatabase database, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        var clock = services.GetRequiredService<TimeProvider>();
        if (!database.IsNew || database.SeededArticles)
        {
            await FeedBackfill.RunAsync(services, clock, cancellationToken);
        }
        var workers = services.GetServices<IHostedService>().OfType<ChangeRecordWorker>().Select(w => w.Name).Append(ComingDueWorker.WorkerName);
        await WorkerCheckpoints.StartNewWorkersAsync(services, workers, clock.GetUtcNow().UtcDateTime, noneSaved: database.IsNew, cancellationToken);
    }
}
