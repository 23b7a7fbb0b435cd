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

    /// <summary>At start-up, after seeding: the backfill, then every worker seen for the first time starts at the newest record.</summary>
    public static async Task PrepareChangeRecordsAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        var clock = services.GetRequiredService<TimeProvider>();
        await FeedBackfill.RunAsync(services, clock, cancellationToken);
        var workers = services.GetServices<IHostedService>().OfType<ChangeRecordWorker>().Select(w => w.Name).Append(ComingDueWorker.WorkerName);
        await WorkerCheckpoints.StartNewWorkersAsync(services, workers, clock.GetUtcNow().UtcDateTime, cancellationToken);
    }
}
