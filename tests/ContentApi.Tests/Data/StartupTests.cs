using System.Net;
using ContentApi.Data;
using ContentApi.Features.Keys;
using ContentApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.Tests.Data;

/// <summary>The `migrate` command, and instances that start together on one new database (one seeding, one bootstrap key).</summary>
public sealed class StartupTests
{
    [Fact]
    public async Task MigrateCommand_NewDatabase_MigratesSeedsAndExits()
    {
        using var database = TestDatabase.Create();

        var exitCode = await MigrateCommand.RunAsync(["migrate", .. database.Settings.Select(s => $"--{s.Key}={s.Value}")]);

        Assert.Equal(0, exitCode);
        await using var db = database.CreateContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(7, await db.Articles.CountAsync());
    }

    [PostgresFact]
    public async Task TwoInstances_StartingAtOnceOnANewDatabase_MigrateAndSeedOnce()
    {
        using var first = new WriteApiFactory();
        using var second = new SecondInstance(first.Database);

        var started = await Task.WhenAll(
            Task.Run(() => first.CreateClient().GetAsync("/health/ready")),
            Task.Run(() => second.CreateClient().GetAsync("/health/ready")));

        Assert.All(started, response => Assert.True(response.IsSuccessStatusCode));
        Assert.Equal((7, 3, 1), await first.ExecuteDbContextAsync(async db =>
            (await db.Articles.CountAsync(), await db.Authors.CountAsync(), await db.Set<ApiKey>().CountAsync())));
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

    private sealed class SecondInstance(TestDatabase database) : WriteApiFactory(database);

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
