using ContentApi.Common.Hosting;
using ContentApi.Common.Writes;
using ContentApi.Data.Postgres;
using ContentApi.Features.Articles.Documents;
using ContentApi.Search;
using ContentApi.Search.Postgres;
using ContentApi.Search.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Data;

public static class DatabaseRegistration
{
    public const string ConnectionStringName = "Content";
    public const string DefaultConnectionString = "Data Source=data/content.db";

    /// <summary>
    /// Registers the DbContext for the configured provider. Provider-specific setup lives in one
    /// class per provider (<see cref="SqliteProvider"/>, <see cref="PostgresProvider"/>), so the features stay neutral.
    /// </summary>
    public static IServiceCollection AddContentDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var provider = configuration["Database:Provider"] ?? "Sqlite";
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        var readConnectionString = ReadReplica.ConnectionString(configuration);
        services.AddScoped<DatabaseRoute>();

        if (provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            if (readConnectionString is not null)
            {
                throw new StartupRefusal(
                    $"ConnectionStrings:{ReadReplica.ConnectionStringName} (a read replica) needs Database:Provider=Postgres: a SQLite file has no streaming replica. Remove it, or move to PostgreSQL.");
            }
            var sqlite = new SqliteProvider(connectionString ?? DefaultConnectionString, environment.ContentRootPath);
            services.AddSingleton<IDatabaseProvider>(sqlite);
            // Pooled: a context per request costs its services' resolution and set-up, a fifth of an uncached item read.
            services.AddDbContextPool<ContentDbContext>(sqlite.Configure);
            services.AddScoped<ISearchIndex, SqliteSearchIndex>().AddContentMemory<TermMatches>();
            if (sqlite.IsFile)
            {
                services.AddSingleton(_ => new SqliteStatementPool(sqlite.ConnectionString));
                services.AddSingleton<IArticleDocumentSource, SqliteArticleDocumentSource>();
                services.AddSingleton<IPreparedReads, SqlitePreparedReads>();
            }
            else
            {
                services.AddScoped<IArticleDocumentSource, EfArticleDocumentSource>();
                services.AddSingleton<IPreparedReads, EfPreparedReads>();
            }
        }
        else if (provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase))
        {
            var postgres = new PostgresProvider(connectionString ?? throw new StartupRefusal(
                "Database:Provider is Postgres but ConnectionStrings:Content is not set, e.g. \"Host=db;Database=content;Username=contentapi;Password=...\"."));
            services.AddSingleton<IDatabaseProvider>(postgres);
            if (readConnectionString is null)
            {
                services.AddDbContextPool<ContentDbContext, PostgresContentDbContext>(postgres.Configure);
            }
            else
            {
                ReadReplica.AddPostgresReplica(services, connectionString, readConnectionString);
            }
            services.AddScoped<ISearchIndex, PostgresSearchIndex>();
            services.AddScoped<IArticleDocumentSource, EfArticleDocumentSource>();
            services.AddSingleton<IPreparedReads, EfPreparedReads>();
        }
        else
        {
            throw new StartupRefusal(
                $"Database:Provider '{provider}' is not supported. Supported providers: Sqlite (the default), Postgres.");
        }

        services.AddHealthChecks().AddDbContextCheck<ContentDbContext>("database", tags: ["ready"]);
        return services;
    }
}
