using System.Net.Http.Headers;
using ContentApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.Tests.Scale;

/// <summary>One app instance over a database another instance shares (the owner of both removes it), with its own settings.</summary>
public sealed class InstanceFactory(TestDatabase database, IEnumerable<(string Key, string Value)> settings, TimeProvider? clock = null)
    : ContentApiFactory(database, ownsDatabase: false)
{
    protected override IEnumerable<(string Key, string Value)> Settings =>
        settings.Append(("Auth:BootstrapWriteKey", WriteApiFactory.WriteKey));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddTestClientAddresses();
            if (clock is not null)
            {
                services.AddSingleton(clock);
            }
        });
    }

    public HttpClient CreateWriteClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", WriteApiFactory.WriteKey);
        return client;
    }
}

/// <summary>
/// Two instances on one database (a SQLite file in WAL mode, or one PostgreSQL database on the
/// suite's PostgreSQL run) and one Redis, as behind a load balancer: the first is started
/// (migrated, seeded) before the second, as a rolling deployment would. A key prefix of their own
/// keeps them apart from other tests on the same Redis.
/// </summary>
public sealed class TwoInstances : IDisposable
{
    public const string CursorKey = "test-cursor-key-shared-by-both-instances-0123456789";

    public TwoInstances(RedisServer redis, IEnumerable<(string Key, string Value)>? extra = null, TimeProvider? clock = null)
    {
        (string, string)[] settings =
        [
            ("Cache:Redis", redis.Configuration),
            ("Cache:RedisPrefix", $"test-{Guid.NewGuid():N}:"),
            ("Cursors:Key", CursorKey),
            .. extra ?? [],
        ];
        A = new InstanceFactory(_database, settings, clock);
        _ = A.Server;
        B = new InstanceFactory(_database, settings, clock);
        _ = B.Server;
    }

    private readonly TestDatabase _database = TestDatabase.Create();

    public InstanceFactory A { get; }

    public InstanceFactory B { get; }

    public void Dispose()
    {
        B.Dispose();
        A.Dispose();
        _database.Dispose();
    }
}
