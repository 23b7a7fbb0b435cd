using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ContentApi.Data;

/// <summary>
/// For `dotnet ef ... --context ContentDbContext`: without a factory of its own, the tools take
/// <see cref="Postgres.PostgresDesignTimeFactory"/>'s context for it (a subclass is a ContentDbContext),
/// and SQLite's migrations, compiled model and new-database script would come out in PostgreSQL's dialect.
/// </summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<ContentDbContext>
{
    public ContentDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<ContentDbContext>();
        new SqliteProvider("Data Source=design.db", Path.GetTempPath()).Configure(options);
        return new ContentDbContext(options.Options);
    }
}
