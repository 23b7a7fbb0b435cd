using ContentApi.Common;
using ContentApi.Data;

namespace ContentApi.Features.Import;

/// <summary>`import wxr FILE [--dry-run] [--update]`: imports a WordPress export into the configured database and exits (0 done, 1 failed, 2 usage).</summary>
public static class ImportCli
{
    public const string Usage = "usage: import wxr FILE [--dry-run] [--update]";

    public static bool Matches(string[] args) => args.Length > 0 && args[0] == "import";

    public static async Task<int> RunAsync(string[] args)
    {
        var flags = args.Skip(3).ToList();
        if (args.Length < 3 || args[1] != "wxr" || flags.Except(["--dry-run", "--update"]).Any())
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }
        if (!File.Exists(args[2]))
        {
            await Console.Error.WriteLineAsync($"No such file: {args[2]}");
            return 2;
        }
        var builder = WebApplication.CreateBuilder();
        builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        builder.AddContentApi();
        await using var app = builder.Build();
        await app.PrepareDatabaseAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<WordPressImporter>()
            .RunAsync(args[2], flags.Contains("--dry-run"), flags.Contains("--update"), IImportProgress.For(Console.Error), CancellationToken.None);
        report.Write(Console.Out);
        return report.Succeeded ? 0 : 1;
    }
}
