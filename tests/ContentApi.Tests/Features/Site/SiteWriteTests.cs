using System.Net;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Features.Site;

public sealed class SiteWriteTests(WriteApiFactory factory) : IClassFixture<WriteApiFactory>
{
    [Fact]
    public async Task PatchSite_WithIfMatchFromGet_ChangesOnlyWhatItNames()
    {
        var editor = factory.CreateWriteClient();
        var etag = (await factory.CreateClient().GetAsync("/api/v1/site")).ETag();

        var response = await editor.PatchAsync("/api/v1/site", new { tagline = "Vox Populi, Vox Dei", url = "https://theliberum.com" }, etag);

        var site = await response.ReadJsonAsync();
        Assert.Equal((SeedFacts.SiteName, "Vox Populi, Vox Dei", 6), (site.GetProperty("name").GetString(), site.GetProperty("tagline").GetString(), site.GetProperty("defaultDonationFormId").GetInt32()));
        await (await editor.PatchAsync("/api/v1/site", new { tagline = "x" }, etag)).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        await (await editor.PatchAsync("/api/v1/site", new { defaultDonationFormId = 99 }, response.ETag())).AssertValidationProblemAsync("defaultDonationFormId");
    }
}
