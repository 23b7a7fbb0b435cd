using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ContentApi.Data.Postgres;

/// <summary>
/// For `dotnet ef ... --context PostgresContentDbContext`: adding a migration or regenerating the
/// compiled model needs the provider, not a server, so no real connection string is needed.
/// </summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresContentDbContext>
{
    public PostgresContentDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PostgresContentDbContext>();
        new PostgresProvider("Host=localhost;Database=contentapi_design").Configure(options);
        return new PostgresContentDbContext(options.Options);
    }
}
