using ContentApi.Common.Hosting;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Scale;

/// <summary>A shared deployment without a shared cursor key refuses to start, naming the key; one process still needs none.</summary>
public sealed class SharedSecretsTests
{
    [Theory]
    [InlineData("Cache:Redis", "127.0.0.1:1", "Cache:Redis is set")]
    [InlineData("Database:Provider", "Postgres", "Database:Provider is Postgres")]
    public void Start_SharedWithoutCursorKey_RefusesNamingTheKey(string key, string value, string because)
    {
        // The key cleared: on the suite's PostgreSQL run the database's own settings carry one.
        using var factory = new SettingsFactory([(key, value), ("Cursors:Key", "")]);
        var refusal = Assert.Throws<StartupRefusal>(() => factory.Server);
        Assert.Contains(because, refusal.Message, StringComparison.Ordinal);
        Assert.Contains("Set Cursors:Key", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_OneProcessWithoutCursorKey_StartsAsBefore()
    {
        using var factory = new SettingsFactory([]);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/api/v1/site")).StatusCode);
    }

    private sealed class SettingsFactory((string Key, string Value)[] settings) : ContentApiFactory
    {
        protected override IEnumerable<(string Key, string Value)> Settings => settings;
    }
}
