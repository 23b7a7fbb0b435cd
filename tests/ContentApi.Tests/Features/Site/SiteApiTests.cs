using System.Text.Json;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Features.Site;

public sealed class SiteApiTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    [Fact]
    public async Task GetSite_Seed_NamesTheLiberumAndFormSix()
    {
        var site = await (await factory.CreateClient().GetAsync("/api/v1/site")).ReadJsonAsync();

        Assert.Equal(SeedFacts.SiteName, site.GetProperty("name").GetString());
        Assert.Equal(6, site.GetProperty("defaultDonationFormId").GetInt32());
        foreach (var unknown in new[] { "tagline", "description", "url" })
        {
            Assert.Equal(JsonValueKind.Null, site.GetProperty(unknown).ValueKind);
        }
    }
}
