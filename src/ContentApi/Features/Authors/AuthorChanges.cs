using ContentApi.Common.Changes;
using ContentApi.Data;
using Mapster;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Authors;

/// <summary>Authors in the change feed; an author shows how many articles they have and their avatar, so it changes with those.</summary>
internal sealed class AuthorChanges(ContentDbContext db, TypeAdapterConfig mapping) : ItemChangeSource<AuthorResponse>
{
    public const string TypeName = "author";

    public override string Type => TypeName;

    protected override IQueryable<ItemKey> Keys => db.Authors.Select(a => new ItemKey { Id = a.Id, Slug = a.Slug });

    protected override Task<List<AuthorResponse>> LoadAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken) =>
        db.Authors.AsNoTracking().Where(a => ids.Contains(a.Id)).ProjectToType<AuthorResponse>(mapping).ToListAsync(cancellationToken);

    protected override int IdOf(AuthorResponse item) => item.Id;

    public override async Task<IReadOnlyList<int>> EmbeddingAsync(string type, int id, CancellationToken cancellationToken) => type switch
    {
        "article" => await db.Articles.Where(a => a.Id == id && a.AuthorId != null).Select(a => a.AuthorId!.Value).ToListAsync(cancellationToken),
        "media" => await db.Authors.Where(a => a.AvatarId == id).Select(a => a.Id).ToListAsync(cancellationToken),
        _ => [],
    };
}
