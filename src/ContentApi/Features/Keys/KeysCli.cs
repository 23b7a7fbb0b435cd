using ContentApi.Common;
using ContentApi.Data;

namespace ContentApi.Features.Keys;

public static class KeysCli
{
    /// <summary>Builds the app (configuration, database) without starting the web server, and runs a `keys` command.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        // The command's own arguments are not configuration; settings come from appsettings and the environment.
        var builder = WebApplication.CreateBuilder();
        // Log lines go to stderr so stdout carries only what the command prints (the new key).
        builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.AddContentApi();
        await using var app = builder.Build();
        await app.PrepareDatabaseAsync();
        await using var scope = app.Services.CreateAsyncScope();
        return await KeysCommand.RunAsync(scope.ServiceProvider.GetRequiredService<ApiKeyStore>(), args, Console.Out, Console.Error);
    }
}
