using ContentApi.Search;
using ContentApi.Search.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Data;

public static class DatabaseRegistration
{
    public const string ConnectionStringName = "Content";
    public const string DefaultConnectionString = "Data Source=data/content.db";

    /// <summary>
    /// Registers the DbContext for the configured provider. Provider-specific setup lives in one
    /// class per provider (<see cref="SqliteProvider"/> today), so the features stay neutral.
    /// </summary>
    public static IServiceCollection AddContentDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var provider = configuration["Database:Provider"] ?? "Sqlite";
        var connectionString = configuration.GetConnectionString(ConnectionStringName) ?? DefaultConnectionString;

        if (!provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"Database:Provider '{provider}' is not supported. Supported providers: Sqlite.");
        }

        var sqlite = new SqliteProvider(connectionString, environment.ContentRootPath);
        services.AddSingleton<IDatabaseProvider>(sqlite);
        // Pooled: a context per request costs its services' resolution and set-up, a fifth of an uncached item read.
        services.AddDbContextPool<ContentDbContext>(sqlite.Configure);
        services.AddScoped<ISearchIndex, SqliteSearchIndex>();
        services.AddHealthChecks().AddDbContextCheck<ContentDbContext>("database", tags: ["ready"]);
        return services;
    }
}
