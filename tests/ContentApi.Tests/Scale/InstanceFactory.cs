using System.Net.Http.Headers;
using ContentApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.Tests.Scale;

/// <summary>One app instance over a database file another instance may share, with its own settings.</summary>
public sealed class InstanceFactory(string databasePath, IEnumerable<(string Key, string Value)> settings, TimeProvider? clock = null)
    : ContentApiFactory(databasePath)
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
/// Two instances on one database and one Redis, as behind a load balancer: the first is started
/// (migrated, seeded) before the second, as a rolling deployment would. A key prefix of their own
/// keeps them apart from other tests on the same Redis.
/// </summary>
public sealed class TwoInstances : IDisposable
{
    public const string CursorKey = "test-cursor-key-shared-by-both-instances-0123456789";

    public TwoInstances(RedisServer redis, IEnumerable<(string Key, string Value)>? extra = null, TimeProvider? clock = null)
    {
        var path = Path.Combine(Path.GetTempPath(), $"contentapi-two-{Guid.NewGuid():N}.db");
        (string, string)[] settings =
        [
            ("Cache:Redis", redis.Configuration),
            ("Cache:RedisPrefix", $"test-{Guid.NewGuid():N}:"),
            ("Cursors:Key", CursorKey),
            .. extra ?? [],
        ];
        A = new InstanceFactory(path, settings, clock);
        _ = A.Server;
        B = new InstanceFactory(path, settings, clock);
        _ = B.Server;
    }

    public InstanceFactory A { get; }

    public InstanceFactory B { get; }

    public void Dispose()
    {
        B.Dispose();
        A.Dispose();
    }
}
