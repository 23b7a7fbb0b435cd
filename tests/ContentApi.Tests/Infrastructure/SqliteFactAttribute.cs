namespace ContentApi.Tests.Infrastructure;

/// <summary>A test of SQLite itself (its file, pragmas, FTS5): skipped when the suite runs on PostgreSQL.</summary>
public sealed class SqliteFactAttribute : FactAttribute
{
    public SqliteFactAttribute()
    {
        if (TestDatabase.IsPostgres)
        {
            Skip = "SQLite-specific: the suite runs on PostgreSQL (CONTENTAPI_TEST_POSTGRES is set).";
        }
    }
}
