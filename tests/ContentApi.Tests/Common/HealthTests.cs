using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Common;

public sealed class HealthTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    [Fact]
    public async Task Live_AnswersHealthy()
    {
        var health = await (await factory.CreateClient().GetAsync("/health/live")).ReadJsonAsync();

        Assert.Equal("Healthy", health.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Ready_ChecksTheDatabase()
    {
        var health = await (await factory.CreateClient().GetAsync("/health/ready")).ReadJsonAsync();

        Assert.Equal("Healthy", health.GetProperty("checks").GetProperty("database").GetString());
    }
}
