namespace ContentApi.Benchmarks.Running;

/// <summary>
/// The database a run's API starts on: the SQLite file, or a PostgreSQL database made from the
/// prepared template. Its settings go to the API as environment variables.
/// </summary>
/// <param name="Provider">`Sqlite` or `Postgres`, as `Database:Provider` spells it.</param>
/// <param name="Bytes">The file's, or <c>pg_database_size</c>.</param>
public sealed record ApiDatabase(string Provider, string ConnectionString, string Name, long Bytes)
{
    public const string SqliteProvider = "Sqlite";
    public const string PostgresProvider = "Postgres";

    // With Database:Provider=Postgres the API refuses to start without a fixed cursor key.
    private const string CursorKey = "YmVuY2htYXJrLWN1cnNvci1rZXktMDEyMzQ1Njc4OWFi";

    public bool IsSqlite => Provider == SqliteProvider;

    public static ApiDatabase Sqlite(string path) => new(SqliteProvider, $"Data Source={path}", path, new FileInfo(path).Length);

    public IReadOnlyDictionary<string, string> Settings() => IsSqlite
        ? new Dictionary<string, string> { ["ConnectionStrings__Content"] = ConnectionString }
        : new Dictionary<string, string>
        {
            ["Database__Provider"] = Provider,
            ["ConnectionStrings__Content"] = ConnectionString,
            ["Cursors__Key"] = CursorKey,
        };

    /// <summary>The settings with the caller's own added (a bootstrap key...).</summary>
    public IReadOnlyDictionary<string, string> Settings(IReadOnlyDictionary<string, string> extra) =>
        Settings().Concat(extra).ToDictionary();

    public string Describe() => IsSqlite
        ? $"SQLite, {Bytes / 1_048_576.0:N0} MiB file"
        : $"PostgreSQL database {Name}, {Bytes / 1_048_576.0:N0} MiB";
}
