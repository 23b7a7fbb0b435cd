using ContentApi.Common;

namespace ContentApi.Data;

/// <summary>
/// `migrate`: applies migrations, prepares the search index, seeds an empty database and builds the
/// related index, then exits, for deployments that migrate before they roll out new instances.
/// </summary>
public static class MigrateCommand
{
    public static bool Matches(string[] args) => args.Length > 0 && args[0] == "migrate";

    /// <param name="args">`migrate` then, optionally, settings as on a normal start (`--Database:Provider=Postgres`).</param>
    public static async Task<int> RunAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args[1..]);
        builder.AddContentApi();
        await using var app = builder.Build();
        await app.PrepareDatabaseAsync();
        await Console.Out.WriteLineAsync($"The database is migrated and prepared ({app.Configuration["Database:Provider"] ?? "Sqlite"}).");
        return 0;
    }
}
