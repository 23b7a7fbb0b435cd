using ContentApi.Common.Caching;
using ContentApi.Common.Http;
using ContentApi.Data.Postgres;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace ContentApi.Data;

/// <summary>
/// ConnectionStrings:ContentRead, a PostgreSQL streaming replica, serves the public delivery reads:
/// GET and HEAD on routes marked <see cref="ReadsFromReplica"/>, previews excepted. Writes (and the
/// item they answer with), If-Match checks, previews, admin routes, key checks, start-up and the
/// workers use the primary. The choice is made once per request (<see cref="UseReplicaReads"/>);
/// endpoints and services ask for <see cref="ContentDbContext"/> as always. Unset: nothing changes.
/// </summary>
public static class ReadReplica
{
    public const string ConnectionStringName = "ContentRead";

    public static string? ConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString(ConnectionStringName) is { } value && !string.IsNullOrWhiteSpace(value) ? value : null;

    internal static void AddPostgresReplica(IServiceCollection services, string primary, string replica)
    {
        // Every session on the replica is read-only, so a write routed there fails loudly even where the copy is writable.
        var readOnly = new NpgsqlConnectionStringBuilder(replica);
        readOnly.Options = $"{readOnly.Options} -c default_transaction_read_only=on".Trim();
        services.AddPooledDbContextFactory<PostgresContentDbContext>(new PostgresProvider(primary).Configure);
        services.AddSingleton(sp => new Contexts(
            sp.GetRequiredService<IDbContextFactory<PostgresContentDbContext>>(), Pool(sp, new PostgresProvider(readOnly.ToString()))));
        services.AddScoped<ContentDbContext>(sp => sp.GetRequiredService<Contexts>().Create(sp.GetRequiredService<DatabaseRoute>().ToReplica));
        services.AddSingleton<IReadLag>(new PostgresReplicaLag(primary, readOnly.ToString()));
        services.AddSingleton<ReplicaEvictions>();
        services.AddHostedService(sp => sp.GetRequiredService<ReplicaEvictions>());
    }

    /// <summary>Marks delivery routes whose public GETs the replica may answer.</summary>
    public static TBuilder ReadsFromReplica<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(ReplicaReads.Instance);

    /// <summary>After routing (the endpoint is known) and before anything reads the database.</summary>
    public static IApplicationBuilder UseReplicaReads(this IApplicationBuilder app) =>
        ConnectionString(app.ApplicationServices.GetRequiredService<IConfiguration>()) is null ? app : app.Use(next => context =>
        {
            context.RequestServices.GetRequiredService<DatabaseRoute>().ToReplica = IsReplicaRead(context);
            return next(context);
        });

    private static bool IsReplicaRead(HttpContext context) =>
        (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        && context.GetEndpoint()?.Metadata.GetMetadata<ReplicaReads>() is not null
        && !PreviewRequests.IsPreview(context.Request);

    private static PooledDbContextFactory<PostgresContentDbContext> Pool(IServiceProvider services, PostgresProvider provider)
    {
        var options = new DbContextOptionsBuilder<PostgresContentDbContext>().UseApplicationServiceProvider(services);
        provider.Configure(options);
        return new PooledDbContextFactory<PostgresContentDbContext>(options.Options);
    }

    public sealed class Contexts(IDbContextFactory<PostgresContentDbContext> primary, IDbContextFactory<PostgresContentDbContext> replica)
    {
        public ContentDbContext Create(bool toReplica) => (toReplica ? replica : primary).CreateDbContext();

        public ContentDbContext CreatePrimary() => primary.CreateDbContext();
    }

    private sealed class ReplicaReads
    {
        public static readonly ReplicaReads Instance = new();
    }
}
