using ContentApi.Common.Http;
using ContentApi.Common.Paging;
using ContentApi.Data;
using ContentApi.Features.Articles.Querying;
using ContentApi.Features.Site;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ContentApi.Features.Feeds;

/// <summary>
/// A feed's articles: the article list (same filters, same parsing, same visibility), newest first,
/// its first <see cref="FeedOptions.Items"/>, then each one's body and canonical URL.
/// </summary>
public sealed class FeedReader(ArticleListing listing, ContentDbContext db, IOptions<FeedOptions> options)
{
    /// <returns>The feed, rendered; or the list's 400 (a bad filter value).</returns>
    public async Task<Results<MediaResult, ValidationProblem, ProblemHttpResult>> ReadAsync(
        ArticleListQuery query, HttpRequest request, string mediaType, Func<Feed, byte[]> write, CancellationToken cancellationToken)
    {
        var items = Math.Clamp(options.Value.Items, 1, PageQuery.MaxPageSize);
        var paging = new PageQuery { PageSize = items.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        var page = await listing.ListAsync(new ArticleListScope("feeds"), query, paging, ArticleSort.Newest, cancellationToken);
        if (page.Result is not ArticleListResult list)
        {
            return page.Result switch
            {
                ValidationProblem invalid => invalid,
                ProblemHttpResult problem => problem,
                _ => throw new InvalidOperationException("The article list answered neither a page nor a problem."),
            };
        }

        var listed = list.Value.Items;
        var ids = listed.Select(i => i.Id).ToList();
        var bodies = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Select(a => new { a.Id, a.BodyHtml, a.CanonicalUrl, AuthorWebsite = a.Author == null ? null : a.Author.Website })
            .ToDictionaryAsync(a => a.Id, cancellationToken);
        var site = await SiteIdentity.ReadAsync(db, cancellationToken);
        var home = site.BaseUrlOr(request);
        var entries = listed.Where(i => bodies.ContainsKey(i.Id)).Select(i => new FeedEntry(
            SiteIdentity.ArticleUrl(home, i.Slug, bodies[i.Id].CanonicalUrl), i.Title, i.Excerpt, bodies[i.Id].BodyHtml,
            i.PublishedAt, i.UpdatedAt,
            i.Author is { } author ? new FeedAuthor(author.Name, bodies[i.Id].AuthorWebsite) : null,
            i.Tags.Select(t => t.Name).ToList())).ToList();
        var self = $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}{request.QueryString}";
        var feed = new Feed(site.Name ?? request.Host.Host, site.Description, home, self, options.Value.Language, site.LogoUrl,
            entries.Max(e => e.LastChanged), entries);
        return new MediaResult(feed, mediaType, () => write(feed));
    }
}
