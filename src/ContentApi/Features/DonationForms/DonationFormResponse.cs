using ContentApi.Common.OpenApi;

namespace ContentApi.Features.DonationForms;

/// <summary>A donation form's metadata, for rendering it. Every field the publication has not set is null (or empty, for lists).</summary>
/// <param name="Id">The form's id in the publishing system ("Donation Form (#6)" is form 6).</param>
/// <param name="Title">The form's name.</param>
/// <param name="Heading">The heading shown above the form.</param>
/// <param name="Description">The call to action that goes with the form.</param>
/// <param name="Currency">ISO 4217 currency code of every amount.</param>
/// <param name="SuggestedAmounts">Preset amounts, in minor units (cents).</param>
/// <param name="CustomAmountMin">Smallest custom amount, in minor units.</param>
/// <param name="CustomAmountMax">Largest custom amount, in minor units.</param>
/// <param name="RecurringPeriods">Recurring periods offered, e.g. `month`, `year`.</param>
/// <param name="GoalAmount">Fundraising goal, in minor units.</param>
/// <param name="AmountRaised">Raised so far, in minor units.</param>
/// <param name="ButtonText">The submit button's label.</param>
/// <param name="IsOpen">Whether the form takes donations now.</param>
/// <param name="CheckoutUrl">Where the donor completes payment.</param>
public sealed record DonationFormResponse(
    int Id, string Title, string? Heading, string? Description, string? Currency,
    IReadOnlyList<SuggestedAmountResponse> SuggestedAmounts, long? CustomAmountMin, long? CustomAmountMax,
    IReadOnlyList<string> RecurringPeriods, long? GoalAmount, long? AmountRaised, string? ButtonText,
    bool? IsOpen, string? CheckoutUrl) : IHasExample<DonationFormResponse>
{
    public static DonationFormResponse Example => new(
        6, "Donation Form", null, "The Liberum runs on your donation. Fight with us for a free society.",
        null, [], null, null, [], null, null, null, null, null);
}

/// <param name="Amount">In the currency's minor units (cents).</param>
/// <param name="Label">Text shown with the amount.</param>
/// <param name="IsDefault">Whether the form preselects this amount.</param>
public sealed record SuggestedAmountResponse(long Amount, string? Label, bool IsDefault);
