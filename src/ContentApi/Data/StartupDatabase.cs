namespace ContentApi.Data;

/// <summary>
/// What start-up knows of the database without asking it: whether the schema was created just now (every
/// table empty until the seed import) and whether the seed import added articles. On a seeded cold start
/// each question a step would ask is a LINQ query compiled for that one use.
/// </summary>
public sealed record StartupDatabase(bool IsNew, bool SeededArticles)
{
    /// <summary>A database that was there before this start: every step asks what it needs.</summary>
    public static readonly StartupDatabase Existing = new(IsNew: false, SeededArticles: false);
}
