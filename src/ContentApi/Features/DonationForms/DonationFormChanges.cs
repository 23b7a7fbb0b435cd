using System.Globalization;
using ContentApi.Common.Changes;
using ContentApi.Data;
using Mapster;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.DonationForms;

/// <summary>Donation forms in the change feed, known by id (their `slug` in the feed is the id).</summary>
internal sealed class DonationFormChanges(ContentDbContext db, TypeAdapterConfig mapping) : ItemChangeSource<DonationFormResponse>
{
    public const string TypeName = "donationForm";

    public override string Type => TypeName;

    protected override IQueryable<ItemKey> Keys => db.DonationForms.Select(f => new ItemKey { Id = f.Id, Slug = f.Id.ToString(CultureInfo.InvariantCulture) });

    // Amounts are owned collections: loaded, then mapped, as the item endpoint does.
    protected override async Task<List<DonationFormResponse>> LoadAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken) =>
        (await db.DonationForms.AsNoTracking().Where(f => ids.Contains(f.Id)).ToListAsync(cancellationToken)).ConvertAll(f => f.Adapt<DonationFormResponse>(mapping));

    protected override int IdOf(DonationFormResponse item) => item.Id;
}
