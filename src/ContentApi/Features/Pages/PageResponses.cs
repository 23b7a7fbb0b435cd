using System.Linq.Expressions;
using System.Text.Json.Serialization;
using ContentApi.Common.Http;
using ContentApi.Common.OpenApi;
using ContentApi.Features.Articles;

namespace ContentApi.Features.Pages;

/// <summary>A page as lists show it.</summary>
/// <param name="Id">Stable numeric id.</param>
/// <param name="Slug">The page's URL name, unique among pages (multi-byte letters are kept, as WordPress had them).</param>
/// <param name="Title">The page's title.</param>
/// <param name="Parent">The slug of the page it sits under; null at the top.</param>
/// <param name="MenuOrder">Order among its siblings, ascending.</param>
public sealed record PageListItem(int Id, string Slug, string Title, string? Parent, int MenuOrder) : IHasExample<PageListItem>
{
    public static PageListItem Example => new(3, "about", "About The Liberum", null, 0);
}

/// <summary>A whole page: a standalone page of the site ("About", "Contact"), not an article, so never in article lists, feeds or search.</summary>
/// <param name="BodyHtml">The body as sanitised HTML.</param>
/// <param name="BodyText">The body as plain text.</param>
/// <param name="Excerpt">A short summary; null when none.</param>
/// <param name="PublishedAt">When it was published (UTC); null when unknown.</param>
/// <param name="UpdatedAt">When it was last changed (UTC); null when unknown.</param>
/// <param name="Author">Who wrote it; null when unknown.</param>
public sealed record PageResponse(
    int Id, string Slug, string Title, string? Excerpt, string? BodyHtml, string? BodyText, DateTime? PublishedAt, DateTime? UpdatedAt,
    string? Parent, int MenuOrder, AuthorRef? Author) : IHasExample<PageResponse>, ILastModified
{
    public static PageResponse Example => new(3, "about", "About The Liberum", "Who we are and how we work.",
        "<p>Who we are and how we work.</p>", "Who we are and how we work.", new DateTime(2024, 5, 1, 9, 0, 0, DateTimeKind.Utc), null, null, 0,
        new AuthorRef("the-liberum", "The Liberum"));

    [JsonIgnore]
    public DateTime? LastModified => UpdatedAt ?? PublishedAt;
}

internal static class PageProjections
{
    public static readonly Expression<Func<Page, PageListItem>> ListItem = p =>
        new PageListItem(p.Id, p.Slug, p.Title, p.Parent == null ? null : p.Parent.Slug, p.MenuOrder);

    public static readonly Expression<Func<Page, PageResponse>> Whole = p => new PageResponse(
        p.Id, p.Slug, p.Title, p.Excerpt, p.BodyHtml, p.BodyText, p.PublishedAt, p.UpdatedAt,
        p.Parent == null ? null : p.Parent.Slug, p.MenuOrder, p.Author == null ? null : new AuthorRef(p.Author.Slug, p.Author.Name));

    /// <summary>The same rule as articles: published (and due), or scheduled and due.</summary>
    public static readonly Expression<Func<Page, bool>> IsVisible = p =>
        (p.Status == ArticleStatus.Published && (p.PublishedAt == null || p.PublishedAt <= DateTime.UtcNow))
        || (p.Status == ArticleStatus.Scheduled && p.PublishedAt <= DateTime.UtcNow);
}
