namespace ContentApi.Common.Writes;

public static class WriteServices
{
    /// <summary>The one write pipeline: the queue, the transaction and its participants' hooks, the after-commit work, the item writes.</summary>
    public static IServiceCollection AddWritePipeline(this IServiceCollection services) =>
        services.AddSingleton<WriteGate>()
            .AddScoped<AfterCommitRunner>()
            .AddScoped<WritePipeline>()
            .AddScoped<ItemWrites>();
}
