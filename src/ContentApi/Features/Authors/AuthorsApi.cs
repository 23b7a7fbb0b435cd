using ContentApi.Common.Caching;
using System.Text.Json;
using ContentApi.Common.Http;
using ContentApi.Common.OpenApi;
using ContentApi.Common.Paging;
using ContentApi.Common.Querying;
using ContentApi.Common.Validation;
using ContentApi.Data;
using ContentApi.Features.Articles;
using ContentApi.Features.Articles.Counting;
using ContentApi.Features.Articles.Querying;
using Mapster;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Authors;

public static class AuthorsApi
{
    public static IEndpointRouteBuilder MapAuthorsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/authors").WithTags("Authors").WithValidation().WithPageLinks().WithHttpCaching();

        group.MapGet("", ListAuthors).WithName(nameof(ListAuthors)).WithCacheTags(CacheTags.Any(AuthorChanges.TypeName))
            .WithSummary("List authors")
            .WithDescription("Every author, by name (then id), each with the number of their published articles. Paged by `page` or by cursor (`after`).");
        group.MapGet("/{slug}", GetAuthor).WithName(nameof(GetAuthor)).WithCacheTags((AuthorResponse author) => [CacheTags.Item(AuthorChanges.TypeName, author.Id)])
            .WithSummary("Get an author by slug")
            .WithDescription("The author's full bio: name, biography, links and the number of published articles.")
            .ProducesNotFound("No author has this slug.", "No author has the slug 'nobody'.");
        group.MapGet("/{slug}/articles", ListAuthorArticles).WithName(nameof(ListAuthorArticles)).WithCacheTags((ArticleListResult list) => list.CacheTags)
            .WithSummary("List an author's articles")
            .WithDescription(ArticleListDocs.Description("The author's published articles"))
            .ProducesNotFound("No author has this slug.", "No author has the slug 'nobody'.")
            .ExceptQueryParameters("author");
        return routes;
    }

    public static Task<Results<Ok<PagedList<AuthorResponse>>, ValidationProblem>> ListAuthors(
        [AsParameters] PageQuery query, ContentDbContext db, TypeAdapterConfig mapping, CursorCodec cursors, CancellationToken cancellationToken) =>
        db.Authors.AsNoTracking().ToPageAsync(query, ByName(mapping), "authors", cursors, cancellationToken);

    /// <param name="slug" example="the-liberum">The author's slug, e.g. `the-liberum`.</param>
    public static async Task<Results<Ok<AuthorResponse>, ProblemHttpResult>> GetAuthor(
        string slug, ContentDbContext db, TypeAdapterConfig mapping, CancellationToken cancellationToken)
    {
        var author = await db.Authors.AsNoTracking().Where(a => a.Slug == slug)
            .ProjectToType<AuthorResponse>(mapping)
            .FirstOrDefaultAsync(cancellationToken);
        return author is null ? NoAuthor(slug) : TypedResults.Ok(author);
    }

    /// <param name="slug" example="ali-albeash">The author's slug, e.g. `ali-albeash`.</param>
    public static async Task<Results<ArticleListResult, ValidationProblem, ProblemHttpResult>> ListAuthorArticles(
        string slug, [AsParameters] ArticleListQuery query, [AsParameters] PageQuery paging, ContentDbContext db, ArticleListing listing,
        CancellationToken cancellationToken)
    {
        var authorId = await db.Authors.Where(a => a.Slug == slug).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);
        return authorId is null
            ? NoAuthor(slug)
            : await listing.ListAsync(new ArticleListScope($"authors/{slug}", a => a.AuthorId == authorId, ArticleCountKey.Author(authorId.Value), CacheTags.Slug(AuthorChanges.TypeName, slug)), query, paging, ArticleSort.Newest, cancellationToken);
    }

    private static Keyset<Author, AuthorResponse> ByName(TypeAdapterConfig mapping) => new(
        authors => authors.OrderBy(a => a.Name).ThenBy(a => a.Id),
        (authors, after) => authors.Where(a => a.Name.CompareTo(after.Text) > 0 || (a.Name == after.Text && a.Id > after.Id)),
        authors => authors.ProjectToType<AuthorResponse>(mapping),
        author => new CursorPosition(author.Id, Text: author.Name));

    private static ProblemHttpResult NoAuthor(string slug) => Problems.NotFound($"No author has the slug '{slug}'.");
}
