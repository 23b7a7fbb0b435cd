using System.Diagnostics;
using System.Net;
using ContentApi.Common.Hosting;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Scale;

/// <summary>A setting start-up cannot run with: one line on stderr and a non-zero exit from the process, a <see cref="StartupRefusal"/> in a host.</summary>
public sealed class StartupRefusalTests
{
    [Theory]
    [InlineData("")]
    [InlineData("migrate")]
    public async Task Process_SharedWithoutCursorKey_PrintsOneLineAndExitsNonZero(string command)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet",
            [Path.Combine(AppContext.BaseDirectory, "ContentApi.dll"), .. command.Split(' ', StringSplitOptions.RemoveEmptyEntries)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment =
            {
                ["Cache__Redis"] = "127.0.0.1:1",
                ["Cursors__Key"] = "",
                ["ConnectionStrings__Content"] = $"Data Source={Path.GetTempPath()}contentapi-refused-{Guid.NewGuid():N}.db",
            },
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = (await process.StandardError.ReadToEndAsync()).TrimEnd();
        await process.WaitForExitAsync();

        Assert.Equal(StartupRefusal.ExitCode, process.ExitCode);
        Assert.StartsWith("ContentApi cannot start: Cache:Redis is set", error, StringComparison.Ordinal);
        Assert.Contains("Set Cursors:Key", error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error);
        Assert.DoesNotContain("Unhandled exception", error + await output, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_ReadReplicaOnSqlite_RefusesNamingTheSetting()
    {
        using var factory = new SettingsFactory([("Database:Provider", "Sqlite"), ("ConnectionStrings:ContentRead", "Data Source=replica.db")]);
        var refusal = Assert.Throws<StartupRefusal>(() => factory.Server);
        Assert.Contains("ConnectionStrings:ContentRead (a read replica) needs Database:Provider=Postgres", refusal.Message, StringComparison.Ordinal);
    }

    private sealed class SettingsFactory((string Key, string Value)[] settings) : ContentApiFactory
    {
        protected override IEnumerable<(string Key, string Value)> Settings => settings;
    }
}
