using ContentApi.Data;
using ContentApi.Features.DonationForms;
using ContentApi.Features.Site;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Seeding;

/// <summary>Imports a page's donation call to action: the form it embeds and the site it names.</summary>
public sealed class SeedSiteImporter(ContentDbContext db)
{
    public int FormsAdded { get; private set; }

    /// <param name="lookInDatabase">False into a new database: only what this import added (and tracks) exists.</param>
    /// <returns>The id of the embedded form, or null when the call names none.</returns>
    public async Task<int?> ImportAsync(ImportedDonationCall donation, bool lookInDatabase, CancellationToken cancellationToken)
    {
        if (donation.FormId is { } formId)
        {
            var form = lookInDatabase ? await db.DonationForms.FindAsync([formId], cancellationToken)
                : db.DonationForms.Local.FirstOrDefault(f => f.Id == formId);
            if (form is null)
            {
                form = new DonationForm { Id = formId, Title = donation.FormTitle ?? $"Donation Form (#{formId})" };
                db.DonationForms.Add(form);
                FormsAdded++;
            }
            form.Description ??= donation.Text;
        }

        var site = lookInDatabase ? await db.Site.FindAsync([SiteSettings.SingletonId], cancellationToken)
            : db.Site.Local.FirstOrDefault(s => s.Id == SiteSettings.SingletonId);
        if (site is null)
        {
            site = new SiteSettings();
            db.Site.Add(site);
        }
        site.Name ??= donation.SiteName;
        site.DefaultDonationFormId ??= donation.FormId;
        return donation.FormId;
    }
}
