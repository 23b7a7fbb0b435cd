using Mapster;

namespace ContentApi.Features.DonationForms;

/// <summary>
/// Mapped in memory after loading: the suggested amounts live in a JSON column, and SQLite cannot
/// project a JSON collection inside SQL (it would need APPLY).
/// </summary>
internal sealed class DonationFormMappings : IRegister
{
    public void Register(TypeAdapterConfig config) =>
        config.NewConfig<DonationForm, DonationFormResponse>().MapWith(s => new DonationFormResponse(
            s.Id, s.Title, s.Heading, s.Description, s.Currency,
            s.SuggestedAmounts.Select(a => new SuggestedAmountResponse(a.Amount, a.Label, a.IsDefault)).ToList(),
            s.CustomAmountMin, s.CustomAmountMax, s.RecurringPeriods.ToList(), s.GoalAmount, s.AmountRaised,
            s.ButtonText, s.IsOpen, s.CheckoutUrl));
}
