using ContentApi.Common.Changes;
using ContentApi.Data;
using Mapster;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Authors;

/// <summary>Authors in the change feed; an author shows how many articles they have, so it changes with each of them.</summary>
internal sealed class AuthorChanges(ContentDbContext db, TypeAdapterConfig mapping) : ItemChangeSource<AuthorResponse>
{
    public override string Type => "author";

    protected override IQueryable<ItemKey> Keys => db.Authors.Select(a => new ItemKey { Id = a.Id, Slug = a.Slug });

    protected override Task<List<AuthorResponse>> LoadAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken) =>
        db.Authors.AsNoTracking().Where(a => ids.Contains(a.Id)).ProjectToType<AuthorResponse>(mapping).ToListAsync(cancellationToken);

    protected override int IdOf(AuthorResponse item) => item.Id;

    public override async Task<IReadOnlyList<int>> EmbeddingAsync(string type, int id, CancellationToken cancellationToken) =>
        type == "article" && await db.Articles.Where(a => a.Id == id).Select(a => a.AuthorId).FirstOrDefaultAsync(cancellationToken) is { } author
            ? [author]
            : [];
}
