using Mapster;

namespace ContentApi.Common.Hosting;

/// <summary>
/// The database's preparation runs on one thread; on the other core, this builds what starting the
/// host and the first request need and nothing in the database: every endpoint (its request
/// delegate, its filters, the JSON metadata of what it reads and writes, the authorization policy
/// cache then finds them built) and the mapping configuration. Nothing is served before the host
/// starts, so the first answer still waits for the seeded content.
/// </summary>
public static class StartupWarmup
{
    public static Task WarmUpAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return Task.Run(() =>
        {
            _ = app.Services.GetRequiredService<TypeAdapterConfig>();
            _ = app.Services.GetRequiredService<EndpointDataSource>().Endpoints;
        });
    }
}
