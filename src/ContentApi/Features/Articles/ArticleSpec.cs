using System.Text.Json;
using System.Text.Json.Nodes;
using ContentApi.Common.Writes;
using ContentApi.Data;
using ContentApi.Features.Site;
using Mapster;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Articles;

/// <summary>How the write pipeline writes an article: the editor applies a request, a delete leaves a tombstone.</summary>
public sealed class ArticleSpec(ContentDbContext db, ArticleEditor editor, TypeAdapterConfig mapping, SiteIdentityCache site, TimeProvider clock)
    : IItemSpec<Article, ArticleRequest, ArticleResponse>
{
    public const string ResourceName = "article";

    public string Resource => ResourceName;

    public int IdOf(Article entity) => entity.Id;

    public string TargetOf(Article entity) => entity.Slug;

    public string LocationOf(Article entity) => $"/api/v1/articles/{entity.Slug}";

    public Task<ArticleResponse?> ReadAsync(int id, CancellationToken cancellationToken) =>
        ArticleETags.ReadAsync(db, id, mapping, site, cancellationToken);

    public ArticleRequest ToRequest(Article entity) => ArticlePatchBase.From(entity);

    public ArticleRequest MergePatch(Article entity, JsonObject patch, JsonSerializerOptions json) =>
        ArticlePatchBase.Merge(entity, patch, json);

    public Task<string?> ApplyAsync(Article entity, ArticleRequest request, CancellationToken cancellationToken) =>
        editor.ApplyAsync(entity, request, Now, cancellationToken);

    /// <summary>Soft: the row stays as a tombstone for the audit log; it is never visible again.</summary>
    public Task<string?> DeleteAsync(Article entity, CancellationToken cancellationToken)
    {
        entity.DeletedAt = entity.UpdatedAt = Now;
        entity.Version++;
        return Task.FromResult<string?>(null);
    }

    /// <summary>Its author and tags show how many articles they have.</summary>
    public IEnumerable<(string Resource, int Id)> Touches(Article entity) =>
        entity.Tags.Select(t => ("tag", t.TagId)).Prepend(("author", entity.AuthorId ?? 0)).Where(t => t.Item2 != 0);

    /// <summary>The article to write, with what its request shape needs; deleted ones are not found.</summary>
    public Func<CancellationToken, Task<Article?>> Load(string slug) => cancellationToken =>
        db.Articles.Include(a => a.Author).Include(a => a.Tags).ThenInclude(t => t.Tag)
            .FirstOrDefaultAsync(a => a.Slug == slug && a.DeletedAt == null, cancellationToken);

    public static string NotFound(string slug) => $"No article has the slug '{slug}'.";

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
