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

    /// <summary>Held while start-up migrates, seeds and builds indexes, so instances starting together take turns.</summary>
    Task<IAsyncDisposable> LockStartupAsync(ContentDbContext db, CancellationToken cancellationToken);

    /// <summary>
    /// In a transaction, writes that must not interleave across writers and instances take turns until
    /// it commits: change records (they must commit in Seq order) and the related index's rows (a full
    /// rebuild and the worker's refreshes would insert the same terms).
    /// </summary>
    Task SerializeWritesAsync(ContentDbContext db, CancellationToken cancellationToken);

    /// <summary>After migrations and seeding: refresh what the query planner knows of the data.</summary>
    Task OptimizeAsync(ContentDbContext db, CancellationToken cancellationToken);

    /// <summary>Whether a failed save broke a constraint (a unique slug taken meanwhile, a reference gone): a 409, not a 500.</summary>
    bool IsConstraintViolation(DbUpdateException exception);
}
