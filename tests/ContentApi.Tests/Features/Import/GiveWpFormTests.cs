using ContentApi.Features.DonationForms;
using ContentApi.Features.Import;
using ContentApi.Features.Import.Wxr;

namespace ContentApi.Tests.Features.Import;

public sealed class GiveWpFormTests
{
    private const string Levels =
        "a:2:{i:0;a:3:{s:8:\"_give_id\";a:1:{s:8:\"level_id\";s:1:\"0\";}s:12:\"_give_amount\";s:9:\"10.000000\";s:10:\"_give_text\";s:6:\"Reader\";}"
        + "i:1;a:4:{s:8:\"_give_id\";a:1:{s:8:\"level_id\";s:1:\"1\";}s:12:\"_give_amount\";s:9:\"25.500000\";s:10:\"_give_text\";s:0:\"\";s:13:\"_give_default\";s:7:\"default\";}}";

    [Fact]
    public void Apply_MultiLevelForm_ReadsLevelsRangeGoalAndCurrency()
    {
        var form = Apply(new()
        {
            ["_give_price_option"] = "multi", ["_give_donation_levels"] = Levels, ["_give_custom_amount"] = "enabled",
            ["_give_custom_amount_range_minimum"] = "5.000000", ["_give_custom_amount_range_maximum"] = "1000.000000",
            ["_give_goal_option"] = "enabled", ["_give_set_goal"] = "5000", ["_give_currency"] = "eur", ["_give_form_status"] = "closed",
        }, out var warnings);

        Assert.Equal([(1000L, "Reader", false), (2550L, null, true)], form.SuggestedAmounts.Select(a => (a.Amount, a.Label, a.IsDefault)));
        Assert.Equal((500L, 100000L, 500000L), (form.CustomAmountMin!.Value, form.CustomAmountMax!.Value, form.GoalAmount!.Value));
        Assert.Equal(("EUR", false), (form.Currency, form.IsOpen!.Value));
        Assert.Empty(warnings);
    }

    [Fact]
    public void Apply_SetPriceWithoutCurrency_UsesTheDefaultAndNoCustomAmount()
    {
        var form = Apply(new() { ["_give_price_option"] = "set", ["_give_set_price"] = "15.000000", ["_give_custom_amount"] = "disabled" }, out _);

        Assert.Equal((1500L, true), (Assert.Single(form.SuggestedAmounts).Amount, form.SuggestedAmounts[0].IsDefault));
        Assert.Equal("GBP", form.Currency);
        Assert.Null(form.CustomAmountMin);
        Assert.Null(form.GoalAmount);
    }

    [Fact]
    public void Apply_BrokenLevels_IsAWarningNotAnException()
    {
        var form = Apply(new() { ["_give_price_option"] = "multi", ["_give_donation_levels"] = "a:2:{i:0;s:99:\"short\";" }, out var warnings);

        Assert.Empty(form.SuggestedAmounts);
        Assert.Contains(warnings, w => w.Contains("_give_donation_levels", StringComparison.Ordinal));
    }

    private static DonationForm Apply(Dictionary<string, string> meta, out List<string> warnings)
    {
        var item = new WxrItem(101, "give_forms", "publish", "Support us", null, null, "", "", "support", null, null, null, false, 0, 0, null, [], meta, "hash");
        var form = new DonationForm { Title = "" };
        warnings = [];
        GiveWpForm.Apply(form, item, "GBP", warnings);
        return form;
    }
}
