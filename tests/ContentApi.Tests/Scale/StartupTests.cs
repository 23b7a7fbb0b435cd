using System.Diagnostics;
using System.Net;
using ContentApi.Common.Hosting;
using ContentApi.Data;
using ContentApi.Features.Keys;
using ContentApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.Tests.Scale;

/// <summary>Start-up: a refusal is one line on stderr and a non-zero exit; the bootstrap key is made under the start-up lock.</summary>
public sealed class StartupTests
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

    [Fact]
    public async Task Start_BootstrapKey_IsSeededBeforeTheStartupLockIsReleased()
    {
        var keysAtRelease = new List<int>();
        using var factory = new LockWatchingFactory(keysAtRelease);
        _ = factory.Server;
        // Instances that start together take turns on the lock; a key seeded after it would let a second instance seed another.
        Assert.Equal([1], keysAtRelease);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateWriteClient().GetAsync("/api/v1/keys")).StatusCode);
    }

    private sealed class SettingsFactory((string Key, string Value)[] settings) : ContentApiFactory
    {
        protected override IEnumerable<(string Key, string Value)> Settings => settings;
    }

    private sealed class LockWatchingFactory(List<int> keysAtRelease) : WriteApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                var inner = (IDatabaseProvider)services.Last(d => d.ServiceType == typeof(IDatabaseProvider)).ImplementationInstance!;
                services.AddSingleton<IDatabaseProvider>(new LockWatchingProvider(inner, keysAtRelease));
            });
        }
    }

    /// <summary>The app's provider, counting the keys at the moment start-up releases its lock.</summary>
    private sealed class LockWatchingProvider(IDatabaseProvider inner, List<int> keysAtRelease) : IDatabaseProvider
    {
        public async Task<IAsyncDisposable> LockStartupAsync(ContentDbContext db, CancellationToken cancellationToken) =>
            new Release(await inner.LockStartupAsync(db, cancellationToken), db, keysAtRelease);

        public void Configure(DbContextOptionsBuilder options) => inner.Configure(options);
        public Task PrepareAsync(ContentDbContext db, CancellationToken cancellationToken) => inner.PrepareAsync(db, cancellationToken);
        public Task<bool> TryCreateNewAsync(ContentDbContext db, CancellationToken cancellationToken) => inner.TryCreateNewAsync(db, cancellationToken);
        public Task SerializeWritesAsync(ContentDbContext db, CancellationToken cancellationToken) => inner.SerializeWritesAsync(db, cancellationToken);
        public Task OptimizeAsync(ContentDbContext db, CancellationToken cancellationToken) => inner.OptimizeAsync(db, cancellationToken);
        public bool IsConstraintViolation(DbUpdateException exception) => inner.IsConstraintViolation(exception);

        private sealed class Release(IAsyncDisposable inner, ContentDbContext db, List<int> keysAtRelease) : IAsyncDisposable
        {
            public async ValueTask DisposeAsync()
            {
                keysAtRelease.Add(await db.Set<ApiKey>().CountAsync());
                await inner.DisposeAsync();
            }
        }
    }
}
