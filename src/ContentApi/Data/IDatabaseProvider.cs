using Microsoft.EntityFrameworkCore;

namespace ContentApi.Data;

/// <summary>The seam that holds everything specific to one database engine.</summary>
public interface IDatabaseProvider
{
    void Configure(DbContextOptionsBuilder options);

    /// <summary>Engine settings applied once at start-up, before migrations.</summary>
    Task PrepareAsync(ContentDbContext db, CancellationToken cancellationToken);

    /// <summary>Gives a new, empty database its whole schema at once; false when it is not new (then the migrator runs).</summary>
    Task<bool> TryCreateNewAsync(ContentDbContext db, CancellationToken cancellationToken);

    /// <summary>After migrations and seeding: refresh what the query planner knows of the data.</summary>
    Task OptimizeAsync(ContentDbContext db, CancellationToken cancellationToken);

    /// <summary>Whether a failed save broke a constraint (a unique slug taken meanwhile, a reference gone): a 409, not a 500.</summary>
    bool IsConstraintViolation(DbUpdateException exception);
}
