using System.Net;
using System.Text.Json;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Features.DonationForms;

public sealed class DonationFormsApiTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task GetDonationForm_Six_HasTheSeedTextAndNothingInvented()
    {
        var form = await (await _client.GetAsync("/api/v1/donation-forms/6")).ReadJsonAsync();

        Assert.Equal(6, form.GetProperty("id").GetInt32());
        Assert.Equal("Donation Form", form.GetProperty("title").GetString());
        Assert.Equal(SeedFacts.DonationCall, form.GetProperty("description").GetString());
        foreach (var unknown in new[] { "heading", "currency", "customAmountMin", "customAmountMax", "goalAmount", "amountRaised", "buttonText", "isOpen", "checkoutUrl" })
        {
            Assert.Equal(JsonValueKind.Null, form.GetProperty(unknown).ValueKind);
        }
        Assert.Equal(0, form.GetProperty("suggestedAmounts").GetArrayLength());
        Assert.Equal(0, form.GetProperty("recurringPeriods").GetArrayLength());
    }

    [Fact]
    public async Task ListDonationForms_Seed_HoldsFormSix()
    {
        var list = await (await _client.GetAsync("/api/v1/donation-forms")).ReadJsonAsync();

        Assert.Equal([6], list.GetProperty("items").EnumerateArray().Select(f => f.GetProperty("id").GetInt32()));
    }

    [Fact]
    public async Task GetDonationForm_UnknownId_ReturnsProblem404()
    {
        var problem = await (await _client.GetAsync("/api/v1/donation-forms/7")).AssertProblemAsync(HttpStatusCode.NotFound);

        Assert.Contains("7", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("-6")]
    [InlineData("6.0")]
    public async Task GetDonationForm_BadId_ReturnsProblem400(string id)
    {
        var messages = await (await _client.GetAsync($"/api/v1/donation-forms/{id}")).AssertValidationProblemAsync("id");

        Assert.Contains(messages, m => m.Contains($"'{id}'", StringComparison.Ordinal) && m.Contains("at least 1", StringComparison.Ordinal));
    }
}
