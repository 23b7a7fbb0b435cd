using System.Globalization;
using ContentApi.Features.DonationForms;
using ContentApi.Features.Import.Wxr;

namespace ContentApi.Features.Import;

/// <summary>
/// A GiveWP form (`give_forms` item) as a donation form, from GiveWP's own meta keys
/// (Give\Forms\ValueObjects\FormMetaKeys and Give_Donate_Form): `_give_price_option` (`set` or
/// `multi`), `_give_set_price`, `_give_donation_levels` (serialized: `_give_amount`, `_give_text`,
/// `_give_default`), `_give_custom_amount` (`enabled`) with `_give_custom_amount_range_minimum`/
/// `_maximum`, `_give_goal_option` with `_give_set_goal`, `_give_form_earnings`, `_give_form_status`.
/// Amounts are in minor units; the currency is `_give_currency` where the export has it, else the default.
/// </summary>
public static class GiveWpForm
{
    public static void Apply(DonationForm form, WxrItem item, string defaultCurrency, ICollection<string> warnings)
    {
        var meta = item.Meta;
        form.Title = item.Title.Trim() is { Length: > 0 } title ? title : $"GiveWP form {item.Id}";
        form.Currency = meta.TryGetValue("_give_currency", out var currency) && Iso4217.Codes.Contains(currency.Trim().ToUpperInvariant())
            ? currency.Trim().ToUpperInvariant()
            : defaultCurrency;
        form.SuggestedAmounts = meta.GetValueOrDefault("_give_price_option") == "multi"
            ? Levels(meta.GetValueOrDefault("_give_donation_levels"), warnings)
            : MinorUnits(meta.GetValueOrDefault("_give_set_price")) is { } price ? [new SuggestedAmount { Amount = price, IsDefault = true }] : [];
        var custom = meta.GetValueOrDefault("_give_custom_amount") == "enabled";
        form.CustomAmountMin = custom ? MinorUnits(meta.GetValueOrDefault("_give_custom_amount_range_minimum") ?? meta.GetValueOrDefault("_give_custom_amount_minimum")) : null;
        form.CustomAmountMax = custom ? MinorUnits(meta.GetValueOrDefault("_give_custom_amount_range_maximum")) : null;
        form.GoalAmount = meta.GetValueOrDefault("_give_goal_option") == "enabled" ? MinorUnits(meta.GetValueOrDefault("_give_set_goal")) : null;
        form.AmountRaised = MinorUnits(meta.GetValueOrDefault("_give_form_earnings"));
        form.IsOpen = meta.GetValueOrDefault("_give_form_status") is { } status ? status != "closed" : null;
        if (form.SuggestedAmounts.Count == 0 && !custom)
        {
            warnings.Add($"GiveWP form {item.Id} has neither an amount nor a custom amount");
        }
    }

    private static List<SuggestedAmount> Levels(string? serialized, ICollection<string> warnings)
    {
        if (serialized is null || PhpSerialized.Parse(serialized) is not List<KeyValuePair<string, object?>> levels)
        {
            warnings.Add("a GiveWP form's _give_donation_levels could not be read");
            return [];
        }
        var amounts = new List<SuggestedAmount>();
        foreach (var level in levels.Select(l => l.Value).OfType<List<KeyValuePair<string, object?>>>())
        {
            var fields = level.ToDictionary(f => f.Key, f => Convert.ToString(f.Value, CultureInfo.InvariantCulture), StringComparer.Ordinal);
            if (MinorUnits(fields.GetValueOrDefault("_give_amount")) is { } amount)
            {
                amounts.Add(new SuggestedAmount
                {
                    Amount = amount,
                    Label = fields.GetValueOrDefault("_give_text") is { Length: > 0 } text ? text : null,
                    IsDefault = fields.GetValueOrDefault("_give_default") == "default",
                });
            }
        }
        if (amounts.Count > 0 && !amounts.Any(a => a.IsDefault))
        {
            amounts[0].IsDefault = true;
        }
        return amounts;
    }

    /// <summary>"10.000000" → 1000: GiveWP stores amounts as decimals of the major unit.</summary>
    private static long? MinorUnits(string? amount) =>
        decimal.TryParse(amount?.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var value) && value > 0
            ? (long)decimal.Round(value * 100m, MidpointRounding.AwayFromZero)
            : null;
}
