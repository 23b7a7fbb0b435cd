using ContentApi.Common.Writes;
using ContentApi.Data;
using Mapster;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Authors;

public sealed class AuthorSpec(ContentDbContext db, TypeAdapterConfig mapping) : IItemSpec<Author, AuthorRequest, AuthorResponse>
{
    public string Resource => "author";

    public int IdOf(Author entity) => entity.Id;

    public string TargetOf(Author entity) => entity.Slug;

    public string LocationOf(Author entity) => $"/api/v1/authors/{entity.Slug}";

    public Task<AuthorResponse?> ReadAsync(int id, CancellationToken cancellationToken) =>
        db.Authors.AsNoTracking().Where(a => a.Id == id).ProjectToType<AuthorResponse>(mapping).FirstOrDefaultAsync(cancellationToken);

    public AuthorRequest ToRequest(Author a) => new(a.Name, a.Slug, a.Bio, a.Website, a.Twitter, a.Facebook, a.AvatarId);

    public async Task<string?> ApplyAsync(Author author, AuthorRequest request, CancellationToken cancellationToken)
    {
        var slug = await SlugChoice.ChooseAsync(request.Slug, author.Slug, author.Id == 0, request.Name!, "author",
            (stem, ct) => db.Authors.Where(a => a.Slug == stem || a.Slug.StartsWith(stem + "-")).Select(a => a.Slug).ToListAsync(ct), cancellationToken);
        if (slug != author.Slug && await db.Authors.AnyAsync(a => a.Slug == slug && a.Id != author.Id, cancellationToken))
        {
            return SlugChoice.Taken(slug, "author");
        }
        (author.Slug, author.Name, author.Bio) = (slug, request.Name!.Trim(), request.Bio);
        (author.Website, author.Twitter, author.Facebook) = (request.Website, request.Twitter, request.Facebook);
        author.AvatarId = request.AvatarId;
        author.Version++;
        return null;
    }

    public async Task<string?> DeleteAsync(Author author, CancellationToken cancellationToken)
    {
        var credited = await db.Articles.CountAsync(a => a.AuthorId == author.Id && a.DeletedAt == null, cancellationToken);
        if (credited > 0)
        {
            return $"The author '{author.Slug}' is credited on {credited} article(s); credit someone else or delete those first.";
        }
        // Deleted articles (tombstones) keep no byline rather than block the delete.
        await db.Articles.Where(a => a.AuthorId == author.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.AuthorId, (int?)null), cancellationToken);
        db.Remove(author);
        return null;
    }
}
