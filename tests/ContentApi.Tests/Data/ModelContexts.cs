using ContentApi.Data;
using ContentApi.Data.Postgres;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Tests.Data;

/// <summary>A context configured exactly as the app's, over an unopened database: enough to read its models.</summary>
internal static class ModelContexts
{
    public static ContentDbContext Create()
    {
        var options = new DbContextOptionsBuilder<ContentDbContext>();
        new SqliteProvider("Data Source=:memory:", AppContext.BaseDirectory).Configure(options);
        return new ContentDbContext(options.Options);
    }

    /// <summary>PostgreSQL's context as the app configures it; no server is needed to read its models.</summary>
    public static PostgresContentDbContext CreatePostgres()
    {
        var options = new DbContextOptionsBuilder<PostgresContentDbContext>();
        new PostgresProvider("Host=localhost;Database=contentapi_models").Configure(options);
        return new PostgresContentDbContext(options.Options);
    }
}
