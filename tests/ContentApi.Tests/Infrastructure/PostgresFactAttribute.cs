namespace ContentApi.Tests.Infrastructure;

/// <summary>A test of what only the PostgreSQL deployment promises (several instances on one database): skipped on SQLite.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!TestDatabase.IsPostgres)
        {
            Skip = $"PostgreSQL only: set {TestDatabase.PostgresVariable} to a server's connection string.";
        }
    }
}
