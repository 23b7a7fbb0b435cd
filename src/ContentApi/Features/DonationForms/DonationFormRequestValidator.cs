using ContentApi.Common.Validation;
using FluentValidation;

namespace ContentApi.Features.DonationForms;

public sealed class DonationFormRequestValidator : RequestValidator<DonationFormRequest>
{
    public static readonly IReadOnlyList<string> Periods = ["week", "month", "quarter", "year"];

    public DonationFormRequestValidator()
    {
        RuleFor(r => r.Title).NotEmpty().MaximumLength(200).OverridePropertyName("title");
        RuleFor(r => r.Heading).MaximumLength(500).OverridePropertyName("heading");
        RuleFor(r => r.Description).MaximumLength(5000).OverridePropertyName("description");
        RuleFor(r => r.Currency).Must(c => c is null || Iso4217.Codes.Contains(c)).OverridePropertyName("currency")
            .WithMessage("'{PropertyValue}' is not an ISO 4217 currency code; use three capitals such as EUR, USD or GBP.");
        RuleFor(r => r.Currency).NotNull().When(HasAmounts).OverridePropertyName("currency")
            .WithMessage("Amounts are in a currency's minor units: give the currency.");
        RuleForEach(r => r.SuggestedAmounts).ChildRules(amount =>
        {
            amount.RuleFor(a => a.Amount).GreaterThan(0).OverridePropertyName("amount")
                .WithMessage("An amount is in minor units and above 0; got {PropertyValue}.");
            amount.RuleFor(a => a.Label).MaximumLength(100).OverridePropertyName("label");
        }).OverridePropertyName("suggestedAmounts");
        RuleFor(r => r.SuggestedAmounts).Must(a => a!.Count(x => x.IsDefault) <= 1).When(r => r.SuggestedAmounts is not null)
            .OverridePropertyName("suggestedAmounts").WithMessage("At most one suggested amount is the default.");
        RuleFor(r => r.SuggestedAmounts).Must(a => a!.Select(x => x.Amount).Distinct().Count() == a!.Count).When(r => r.SuggestedAmounts is not null)
            .OverridePropertyName("suggestedAmounts").WithMessage("A suggested amount is listed twice.");
        RuleFor(r => r.CustomAmountMin).GreaterThan(0).OverridePropertyName("customAmountMin");
        RuleFor(r => r.CustomAmountMax).GreaterThan(0).OverridePropertyName("customAmountMax");
        RuleFor(r => r.CustomAmountMax).GreaterThanOrEqualTo(r => r.CustomAmountMin).When(r => r.CustomAmountMin is not null && r.CustomAmountMax is not null)
            .OverridePropertyName("customAmountMax").WithMessage("customAmountMax ({PropertyValue}) is below customAmountMin.");
        RuleForEach(r => r.RecurringPeriods).Must(p => Periods.Contains(p)).OverridePropertyName("recurringPeriods")
            .WithMessage($"'{{PropertyValue}}' is not a period; use {string.Join(", ", Periods)}.");
        RuleFor(r => r.GoalAmount).GreaterThan(0).OverridePropertyName("goalAmount");
        RuleFor(r => r.AmountRaised).GreaterThanOrEqualTo(0).OverridePropertyName("amountRaised");
        RuleFor(r => r.ButtonText).MaximumLength(100).OverridePropertyName("buttonText");
        RuleFor(r => r.CheckoutUrl).MustBeHttpUrl().OverridePropertyName("checkoutUrl");
    }

    private static bool HasAmounts(DonationFormRequest r) =>
        r.SuggestedAmounts is { Count: > 0 } || r.CustomAmountMin is not null || r.CustomAmountMax is not null
        || r.GoalAmount is not null || r.AmountRaised is not null;
}
