using ContentApi.Common.Caching;
using ContentApi.Common.Http;
using ContentApi.Common.OpenApi;
using ContentApi.Common.Paging;
using ContentApi.Common.Querying;
using ContentApi.Common.Validation;
using ContentApi.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Pages;

public static class PagesApi
{
    public static IEndpointRouteBuilder MapPagesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/pages").WithTags("Pages").WithValidation().WithPageLinks().WithHttpCaching();

        group.MapGet("", ListPages).WithName(nameof(ListPages))
            .WithSummary("List pages")
            .WithDescription("Published standalone pages (\"About\", \"Contact\", imported WordPress pages), by title (then id), each with its parent's slug "
                + "and menu order so a front end can build the page tree. Pages are not articles: they are never in article lists, feeds, search or sitemaps. "
                + "Paged by `page` or by cursor (`after`).");
        group.MapGet("/{slug}", GetPage).WithName(nameof(GetPage))
            .WithSummary("Get a page by slug")
            .WithDescription("The whole published page: sanitised HTML and plain-text body, parent, menu order and author. Drafts and private pages answer 404.")
            .ProducesNotFound("No published page has this slug.", "No page has the slug 'no-such-page'.");
        return routes;
    }

    public static Task<Results<Ok<PagedList<PageListItem>>, ValidationProblem>> ListPages(
        [AsParameters] PageQuery query, ContentDbContext db, CursorCodec cursors, CancellationToken cancellationToken) =>
        db.Set<Page>().AsNoTracking().Where(PageProjections.IsVisible).ToPageAsync(query, ByTitle, "pages", cursors, cancellationToken);

    /// <param name="slug" example="about">The page's slug, e.g. `about` (as WordPress had it, multi-byte letters included).</param>
    public static async Task<Results<Ok<PageResponse>, ProblemHttpResult>> GetPage(string slug, ContentDbContext db, CancellationToken cancellationToken)
    {
        var page = await db.Set<Page>().AsNoTracking().Where(p => p.Slug == slug).Where(PageProjections.IsVisible)
            .Select(PageProjections.Whole).FirstOrDefaultAsync(cancellationToken);
        return page is null ? Problems.NotFound($"No page has the slug '{slug}'.") : TypedResults.Ok(page);
    }

    private static readonly Keyset<Page, PageListItem> ByTitle = new(
        pages => pages.OrderBy(p => p.Title).ThenBy(p => p.Id),
        (pages, after) => pages.Where(p => p.Title.CompareTo(after.Text) > 0 || (p.Title == after.Text && p.Id > after.Id)),
        pages => pages.Select(PageProjections.ListItem),
        page => new CursorPosition(page.Id, Text: page.Title));
}
