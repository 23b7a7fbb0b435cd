namespace ContentApi.Common.Writes;

/// <summary>
/// Why both an ETag and a Version column exist.
/// <para>
/// The ETag is what clients see and send back in If-Match: the strong hash of the item's GET
/// representation, so it changes exactly when what a reader sees changes, and a tag from GET
/// compares like with like. It is checked inside the write's transaction.
/// </para>
/// <para>
/// The integer Version on each entity is an EF Core concurrency token: every write bumps it and
/// the UPDATE says "WHERE Id = @id AND Version = @loaded". On SQLite the write transaction already
/// serialises writers, so this never fires there; on a database whose transactions do not (read
/// committed on PostgreSQL), it is what still turns the second of two simultaneous writes into a
/// 412 instead of a silent overwrite. Hashing a representation cannot be done in an UPDATE; an
/// integer compare can.
/// </para>
/// </summary>
public static class Versioned;
