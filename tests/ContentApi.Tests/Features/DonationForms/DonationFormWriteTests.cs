using System.Net;
using System.Net.Http.Json;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Features.DonationForms;

public sealed class DonationFormWriteTests(WriteApiFactory factory) : IClassFixture<WriteApiFactory>
{
    private readonly HttpClient _editor = factory.CreateWriteClient();

    [Fact]
    public async Task PatchSeedForm_FillsInAmountsInMinorUnits()
    {
        var etag = (await factory.CreateClient().GetAsync("/api/v1/donation-forms/6")).ETag();

        var response = await _editor.PatchAsync("/api/v1/donation-forms/6", new
        {
            currency = "EUR",
            suggestedAmounts = new[] { new { amount = 1000, label = "€10", isDefault = false }, new { amount = 2500, label = "€25", isDefault = true } },
            customAmountMin = 500, customAmountMax = 100000, recurringPeriods = new[] { "month" }, isOpen = true,
        }, etag);

        var form = await response.ReadJsonAsync();
        Assert.Equal(SeedFacts.DonationCall, form.GetProperty("description").GetString());
        Assert.Equal("EUR", form.GetProperty("currency").GetString());
        Assert.Equal(2500, form.GetProperty("suggestedAmounts")[1].GetProperty("amount").GetInt64());
        Assert.True(form.GetProperty("suggestedAmounts")[1].GetProperty("isDefault").GetBoolean());
    }

    [Fact]
    public async Task PostForm_BadMoney_AllProblemsInOne400()
    {
        var response = await _editor.PostAsJsonAsync("/api/v1/donation-forms", new
        {
            title = "Bad",
            currency = "EURO",
            suggestedAmounts = new[] { new { amount = 0, label = "zero", isDefault = true }, new { amount = 100, label = "one", isDefault = true } },
            customAmountMin = 5000, customAmountMax = 100, recurringPeriods = new[] { "fortnight" },
        });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        var fields = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var field in new[] { "currency", "suggestedAmounts[0].amount", "suggestedAmounts", "customAmountMax", "recurringPeriods[0]" })
        {
            Assert.Contains(field, fields);
        }
    }

    [Fact]
    public async Task PostForm_TakesTheNextId_AndDeleteOfTheSiteDefault_Is409()
    {
        var created = await _editor.PostAsJsonAsync("/api/v1/donation-forms", new { title = "Spring appeal", currency = "USD", goalAmount = 1000000 });
        Assert.Equal("/api/v1/donation-forms/7", created.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.NoContent, (await _editor.DeleteAsync("/api/v1/donation-forms/7", created.ETag())).StatusCode);

        var seedETag = (await factory.CreateClient().GetAsync("/api/v1/donation-forms/6")).ETag();
        await (await _editor.DeleteAsync("/api/v1/donation-forms/6", seedETag)).AssertProblemAsync(HttpStatusCode.Conflict);
    }
}
