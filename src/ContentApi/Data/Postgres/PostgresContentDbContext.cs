using Microsoft.EntityFrameworkCore;

namespace ContentApi.Data.Postgres;

/// <summary>
/// The same model on PostgreSQL. A type of its own so its migrations (Data/Postgres/Migrations) and
/// compiled model (Data/Postgres/CompiledModel) stay apart from SQLite's; the app asks for
/// <see cref="ContentDbContext"/> either way.
/// </summary>
public sealed class PostgresContentDbContext(DbContextOptions<PostgresContentDbContext> options) : ContentDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // Text compares and sorts by code point, as on SQLite: slugs are case-sensitive and
        // "titles compare by code point" whatever locale the database was created with.
        configurationBuilder.Properties<string>().UseCollation("C");
    }
}
