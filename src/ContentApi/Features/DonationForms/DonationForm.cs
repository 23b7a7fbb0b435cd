namespace ContentApi.Features.DonationForms;

/// <summary>Metadata of a donation form a page embeds. Unknown facts stay null until an editor sets them.</summary>
public sealed class DonationForm
{
    public int Id { get; set; }
    public required string Title { get; set; }
    public string? Heading { get; set; }
    public string? Description { get; set; }

    /// <summary>ISO 4217 code, e.g. "EUR".</summary>
    public string? Currency { get; set; }
    public List<SuggestedAmount> SuggestedAmounts { get; set; } = [];
    public long? CustomAmountMin { get; set; }
    public long? CustomAmountMax { get; set; }
    public List<string> RecurringPeriods { get; set; } = [];
    public long? GoalAmount { get; set; }
    public long? AmountRaised { get; set; }
    public string? ButtonText { get; set; }
    public bool? IsOpen { get; set; }
    public string? CheckoutUrl { get; set; }

    /// <summary>Concurrency token, bumped by every write.</summary>
    public int Version { get; set; }
}

/// <summary>A preset amount, in the currency's minor units (cents).</summary>
public sealed class SuggestedAmount
{
    public long Amount { get; set; }
    public string? Label { get; set; }
    public bool IsDefault { get; set; }
}
