using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using ContentApi.Common.OpenApi;

namespace ContentApi.Features.DonationForms;

/// <summary>A donation form's metadata as written by an editor; amounts in the currency's minor units (cents). Unknown fields are refused.</summary>
/// <param name="Title">The form's name.</param>
/// <param name="Heading">The heading shown above the form.</param>
/// <param name="Description">The call to action that goes with the form, plain text.</param>
/// <param name="Currency">ISO 4217 code, e.g. `EUR`; needed once any amount is given.</param>
/// <param name="SuggestedAmounts">Preset amounts, each above 0; at most one is the default.</param>
/// <param name="CustomAmountMin">Smallest custom amount, above 0.</param>
/// <param name="CustomAmountMax">Largest custom amount, at least the minimum.</param>
/// <param name="RecurringPeriods">Any of `week`, `month`, `quarter`, `year`.</param>
/// <param name="GoalAmount">Fundraising goal, above 0.</param>
/// <param name="AmountRaised">Raised so far, 0 or more.</param>
/// <param name="ButtonText">The submit button's label.</param>
/// <param name="IsOpen">Whether the form takes donations now.</param>
/// <param name="CheckoutUrl">Where the donor completes payment, absolute http(s).</param>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record DonationFormRequest(
    [property: Required] string? Title, string? Heading, string? Description, string? Currency,
    IReadOnlyList<SuggestedAmountRequest>? SuggestedAmounts, long? CustomAmountMin, long? CustomAmountMax,
    IReadOnlyList<string>? RecurringPeriods, long? GoalAmount, long? AmountRaised, string? ButtonText, bool? IsOpen, [property: HttpUrl] string? CheckoutUrl)
    : IHasExample<DonationFormRequest>
{
    public static DonationFormRequest Example => new(
        "Donation Form", "Support independent journalism", "The Liberum runs on your donation. Fight with us for a free society.", "EUR",
        [new(1000, "€10", false), new(2500, "€25", true), new(5000, "€50", false)], 500, 100000, ["month"], 5000000, 1250000,
        "Donate now", true, "https://theliberum.com/donate");
}

/// <param name="Amount">In the currency's minor units (cents), above 0.</param>
/// <param name="Label">Text shown with the amount.</param>
/// <param name="IsDefault">Whether the form preselects this amount.</param>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record SuggestedAmountRequest(long Amount, string? Label, bool IsDefault);
