using ContentApi.Common.Writes;
using ContentApi.Data;
using ContentApi.Features.Articles;
using Mapster;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Tags;

public sealed class TagSpec(ContentDbContext db, TypeAdapterConfig mapping) : IItemSpec<Tag, TagRequest, TagResponse>
{
    public string Resource => "tag";

    public int IdOf(Tag entity) => entity.Id;

    public string TargetOf(Tag entity) => entity.Slug;

    public string LocationOf(Tag entity) => $"/api/v1/tags/{entity.Slug}";

    public Task<TagResponse?> ReadAsync(int id, CancellationToken cancellationToken) =>
        db.Tags.AsNoTracking().Where(t => t.Id == id).ProjectToType<TagResponse>(mapping).FirstOrDefaultAsync(cancellationToken);

    public TagRequest ToRequest(Tag t) => new(t.Name, t.Slug, t.Description);

    public async Task<string?> ApplyAsync(Tag tag, TagRequest request, CancellationToken cancellationToken)
    {
        var slug = await SlugChoice.ChooseAsync(request.Slug, tag.Slug, tag.Id == 0, request.Name!, "tag",
            (stem, ct) => db.Tags.Where(t => t.Slug == stem || t.Slug.StartsWith(stem + "-")).Select(t => t.Slug).ToListAsync(ct), cancellationToken);
        if (slug != tag.Slug && await db.Tags.AnyAsync(t => t.Slug == slug && t.Id != tag.Id, cancellationToken))
        {
            return SlugChoice.Taken(slug, "tag");
        }
        (tag.Slug, tag.Name, tag.Description) = (slug, request.Name!.Trim(), request.Description);
        tag.Version++;
        return null;
    }

    public async Task<string?> DeleteAsync(Tag tag, CancellationToken cancellationToken)
    {
        var tagged = await db.Set<ArticleTag>().CountAsync(t => t.TagId == tag.Id && t.Article.DeletedAt == null, cancellationToken);
        if (tagged > 0)
        {
            return $"The tag '{tag.Slug}' is on {tagged} article(s); take it off them first.";
        }
        await db.Set<ArticleTag>().Where(t => t.TagId == tag.Id).ExecuteDeleteAsync(cancellationToken);
        db.Remove(tag);
        return null;
    }
}
