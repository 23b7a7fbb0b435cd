using ContentApi.Common.Changes;
using ContentApi.Data;
using Mapster;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Site;

/// <summary>The site settings in the change feed: one item, `site`, once its settings exist.</summary>
internal sealed class SiteChanges(ContentDbContext db, TypeAdapterConfig mapping) : ItemChangeSource<SiteResponse>
{
    public const string TypeName = "site";

    public override string Type => TypeName;

    protected override IQueryable<ItemKey> Keys => db.Site.Select(s => new ItemKey { Id = s.Id, Slug = "site" });

    protected override Task<List<SiteResponse>> LoadAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken) =>
        db.Site.AsNoTracking().Where(s => ids.Contains(s.Id)).ProjectToType<SiteResponse>(mapping).ToListAsync(cancellationToken);

    // The settings have one row; its representation carries no id.
    protected override int IdOf(SiteResponse item) => SiteSettings.SingletonId;
}
