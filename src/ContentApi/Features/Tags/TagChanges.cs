using ContentApi.Common.Changes;
using ContentApi.Data;
using ContentApi.Features.Articles;
using Mapster;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Tags;

/// <summary>Tags in the change feed; a tag shows how many articles it is on, so it changes with each of them.</summary>
internal sealed class TagChanges(ContentDbContext db, TypeAdapterConfig mapping) : ItemChangeSource<TagResponse>
{
    public const string TypeName = "tag";

    public override string Type => TypeName;

    protected override IQueryable<ItemKey> Keys => db.Tags.Select(t => new ItemKey { Id = t.Id, Slug = t.Slug });

    protected override Task<List<TagResponse>> LoadAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken) =>
        db.Tags.AsNoTracking().Where(t => ids.Contains(t.Id)).ProjectToType<TagResponse>(mapping).ToListAsync(cancellationToken);

    protected override int IdOf(TagResponse item) => item.Id;

    public override async Task<IReadOnlyList<int>> EmbeddingAsync(string type, int id, CancellationToken cancellationToken) =>
        type == "article" ? await db.Set<ArticleTag>().Where(t => t.ArticleId == id).Select(t => t.TagId).ToListAsync(cancellationToken) : [];
}
