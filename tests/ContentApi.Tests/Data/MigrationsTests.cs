using Microsoft.EntityFrameworkCore;

namespace ContentApi.Tests.Data;

/// <summary>
/// The app's start-up skips EF's own check for model changes without a migration (it would build the
/// model from the configuration again, which the compiled model exists to avoid), so it is made here.
/// </summary>
public sealed class MigrationsTests
{
    [Fact]
    public void Model_HasNoChangesWithoutAMigration()
    {
        using var db = ModelContexts.Create();

        Assert.False(
            db.Database.HasPendingModelChanges(),
            "The model has changed since the last migration: add one for both providers with scripts/add-migration (see README.md).");
    }

    [Fact]
    public void PostgresModel_HasNoChangesWithoutAMigration()
    {
        using var db = ModelContexts.CreatePostgres();

        Assert.False(
            db.Database.HasPendingModelChanges(),
            "The model has changed since the last PostgreSQL migration: add one for both providers with scripts/add-migration (see README.md).");
    }
}
