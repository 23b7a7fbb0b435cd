using ContentApi.Common.Writes;
using ContentApi.Data;
using Mapster;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Site;

public sealed class SiteSpec(ContentDbContext db, TypeAdapterConfig mapping) : IItemSpec<SiteSettings, SiteRequest, SiteResponse>
{
    public string Resource => "site";

    public int IdOf(SiteSettings entity) => entity.Id;

    public string TargetOf(SiteSettings entity) => entity.Name ?? "site";

    public string LocationOf(SiteSettings entity) => "/api/v1/site";

    /// <summary>As GET answers: the unset settings when no row exists yet.</summary>
    public async Task<SiteResponse?> ReadAsync(int id, CancellationToken cancellationToken) =>
        await db.Site.AsNoTracking().Where(s => s.Id == SiteSettings.SingletonId).ProjectToType<SiteResponse>(mapping).FirstOrDefaultAsync(cancellationToken) ?? SiteResponse.Unset;

    /// <summary>The single row, added when missing (the first write creates it).</summary>
    public async Task<SiteSettings?> LoadAsync(CancellationToken cancellationToken) =>
        await db.Site.FirstOrDefaultAsync(s => s.Id == SiteSettings.SingletonId, cancellationToken) ?? db.Site.Add(new SiteSettings()).Entity;

    public SiteRequest ToRequest(SiteSettings s) => new(s.Name, s.Tagline, s.Description, s.Url, s.LogoUrl, s.DefaultDonationFormId);

    public Task<string?> ApplyAsync(SiteSettings site, SiteRequest r, CancellationToken cancellationToken)
    {
        (site.Name, site.Tagline, site.Description, site.Url, site.LogoUrl, site.DefaultDonationFormId) = (r.Name, r.Tagline, r.Description, r.Url, r.LogoUrl, r.DefaultDonationFormId);
        site.Version++;
        return Task.FromResult<string?>(null);
    }

    public Task<string?> DeleteAsync(SiteSettings entity, CancellationToken cancellationToken) =>
        Task.FromResult<string?>("The site settings cannot be deleted; clear the fields with PUT instead.");
}
