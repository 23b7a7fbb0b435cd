using ContentApi.Common.Writes;
using ContentApi.Data;
using Mapster;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.DonationForms;

public sealed class DonationFormSpec(ContentDbContext db, TypeAdapterConfig mapping) : IItemSpec<DonationForm, DonationFormRequest, DonationFormResponse>
{
    public string Resource => "donationForm";

    public int IdOf(DonationForm entity) => entity.Id;

    public string TargetOf(DonationForm entity) => entity.Title;

    public string LocationOf(DonationForm entity) => $"/api/v1/donation-forms/{entity.Id}";

    public async Task<DonationFormResponse?> ReadAsync(int id, CancellationToken cancellationToken) =>
        (await db.DonationForms.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, cancellationToken))?.Adapt<DonationFormResponse>(mapping);

    public DonationFormRequest ToRequest(DonationForm f) => new(
        f.Title, f.Heading, f.Description, f.Currency, f.SuggestedAmounts.Select(a => new SuggestedAmountRequest(a.Amount, a.Label, a.IsDefault)).ToList(),
        f.CustomAmountMin, f.CustomAmountMax, f.RecurringPeriods, f.GoalAmount, f.AmountRaised, f.ButtonText, f.IsOpen, f.CheckoutUrl);

    public async Task<string?> ApplyAsync(DonationForm form, DonationFormRequest r, CancellationToken cancellationToken)
    {
        if (form.Id == 0)
        {
            // Ids come from the publishing system for imported forms; new ones follow the highest.
            form.Id = (await db.DonationForms.MaxAsync(f => (int?)f.Id, cancellationToken) ?? 0) + 1;
        }
        (form.Title, form.Heading, form.Description, form.Currency) = (r.Title!.Trim(), r.Heading, r.Description, r.Currency);
        form.SuggestedAmounts = (r.SuggestedAmounts ?? []).Select(a => new SuggestedAmount { Amount = a.Amount, Label = a.Label, IsDefault = a.IsDefault }).ToList();
        (form.CustomAmountMin, form.CustomAmountMax, form.GoalAmount, form.AmountRaised) = (r.CustomAmountMin, r.CustomAmountMax, r.GoalAmount, r.AmountRaised);
        form.RecurringPeriods = [.. r.RecurringPeriods ?? []];
        (form.ButtonText, form.IsOpen, form.CheckoutUrl) = (r.ButtonText, r.IsOpen, r.CheckoutUrl);
        form.Version++;
        return null;
    }

    public async Task<string?> DeleteAsync(DonationForm form, CancellationToken cancellationToken)
    {
        var embedding = await db.Articles.CountAsync(a => a.DonationFormId == form.Id && a.DeletedAt == null, cancellationToken);
        if (embedding > 0)
        {
            return $"Donation form {form.Id} is embedded in {embedding} article(s); change those first.";
        }
        if (await db.Site.AnyAsync(s => s.DefaultDonationFormId == form.Id, cancellationToken))
        {
            return $"Donation form {form.Id} is the site's default form; change the site settings first.";
        }
        await db.Articles.Where(a => a.DonationFormId == form.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.DonationFormId, (int?)null), cancellationToken);
        db.Remove(form);
        return null;
    }
}
