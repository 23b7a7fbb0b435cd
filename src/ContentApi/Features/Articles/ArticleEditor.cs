using ContentApi.Common.Text;
using ContentApi.Data;
using ContentApi.Seeding;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Articles;

/// <summary>Applies a validated <see cref="ArticleRequest"/> to an article: slug, sanitised body, derived fields, references.</summary>
public sealed class ArticleEditor(ContentDbContext db, ArticleHtml html)
{
    private static readonly Func<Article, bool> IsVisibleNow = ArticleVisibility.IsVisible.Compile();

    /// <returns>Null when applied; otherwise why it cannot be (a 409): the slug is taken, or a reference vanished meanwhile.</returns>
    public async Task<string?> ApplyAsync(Article article, ArticleRequest request, DateTime now, CancellationToken cancellationToken)
    {
        var creating = article.Id == 0;
        var slug = request.Slug ?? (creating ? await DeriveSlugAsync(request.Title!, cancellationToken) : article.Slug);
        if (slug != article.Slug)
        {
            var holder = await db.Articles.Where(a => a.Slug == slug && a.Id != article.Id).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);
            if (holder is not null)
            {
                return $"The slug '{slug}' is taken by article {holder}. Choose another, or leave slug out to derive a free one from the title.";
            }
            await RetireAsync(article, slug, now, cancellationToken);
        }
        article.Slug = slug;
        article.Title = request.Title!.Trim();
        ApplyBody(article, request);
        var status = Enum.Parse<ArticleStatus>(request.Status ?? nameof(ArticleStatus.Draft), ignoreCase: true);
        article.PublishedAt = ToUtc(request.PublishedAt) ?? (status == ArticleStatus.Published ? article.PublishedAt ?? now : null);
        article.Status = status;
        article.AuthorId = request.Author is null ? null : await db.Authors.Where(a => a.Slug == request.Author).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);
        if (request.Author is not null && article.AuthorId is null)
        {
            return $"The author '{request.Author}' was deleted while this write was on its way; nothing was written.";
        }
        if (await ApplyTagsAsync(article, request.Tags ?? [], cancellationToken) is { } gone)
        {
            return $"The tag '{gone}' was deleted while this write was on its way; nothing was written.";
        }
        article.SourceName = request.Source?.Name?.Trim();
        article.SourceUrl = request.Source?.Url;
        article.DonationFormId = request.DonationFormId;
        article.CanonicalUrl = request.CanonicalUrl;
        article.FeaturedImageId = request.FeaturedImageId;
        article.UpdatedAt = now;
        article.Version++;
        return null;
    }

    private void ApplyBody(Article article, ArticleRequest request)
    {
        var safe = request.BodyHtml is { } raw ? html.Sanitize(raw) : request.BodyMarkdown is { } md ? html.FromMarkdown(md) : null;
        var body = string.IsNullOrWhiteSpace(safe) ? null : ArticleBody.FromHtml(safe);
        article.BodyHtml = body?.Html;
        article.BodyText = body?.Text;
        article.WordCount = body?.WordCount;
        article.ReadingTimeMinutes = body?.ReadingTimeMinutes;
        article.Excerpt = request.Excerpt?.Trim() is { Length: > 0 } excerpt ? excerpt : body?.Excerpt is { Length: > 0 } derived ? derived : null;
    }

    /// <summary>A published article's old slug keeps working (301); a slug taken back leaves the retired list.</summary>
    private async Task RetireAsync(Article article, string newSlug, DateTime now, CancellationToken cancellationToken)
    {
        await db.Set<RetiredSlug>().Where(r => r.Slug == newSlug).ExecuteDeleteAsync(cancellationToken);
        if (article.Id != 0 && IsVisibleNow(article) && !await db.Set<RetiredSlug>().AnyAsync(r => r.Slug == article.Slug, cancellationToken))
        {
            db.Add(new RetiredSlug { Slug = article.Slug, ArticleId = article.Id, RetiredAt = now });
        }
    }

    private async Task<string> DeriveSlugAsync(string title, CancellationToken cancellationToken)
    {
        var stem = Slug.FromOrHash(title, "article");
        // "stem-…" as a range of the slug index ('.' follows '-'): StartsWith is a LIKE, which SQLite
        // cannot answer from a case-sensitive index, so it read every slug (about 30 ms at 100,000).
        var (from, to) = (stem + "-", stem + ".");
        var taken = (await db.Articles.Where(a => a.Slug == stem || (a.Slug.CompareTo(from) >= 0 && a.Slug.CompareTo(to) < 0)).Select(a => a.Slug)
            .Concat(db.Set<RetiredSlug>().Where(r => r.Slug == stem || (r.Slug.CompareTo(from) >= 0 && r.Slug.CompareTo(to) < 0)).Select(r => r.Slug))
            .ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        return Slug.Unique(stem, taken.Contains);
    }

    /// <returns>Null, or a tag slug that no longer exists (validated, then deleted by someone else).</returns>
    private async Task<string?> ApplyTagsAsync(Article article, IReadOnlyList<string> slugs, CancellationToken cancellationToken)
    {
        var ids = await db.Tags.Where(t => slugs.Contains(t.Slug)).ToDictionaryAsync(t => t.Slug, t => t.Id, cancellationToken);
        if (slugs.FirstOrDefault(s => !ids.ContainsKey(s)) is { } gone)
        {
            return gone;
        }
        var wanted = slugs.Select((slug, position) => (Id: ids[slug], Position: position)).ToList();
        article.Tags.RemoveAll(link => wanted.All(w => w.Id != link.TagId));
        foreach (var (id, position) in wanted)
        {
            if (article.Tags.Find(link => link.TagId == id) is { } existing)
            {
                existing.Position = position;
            }
            else
            {
                article.Tags.Add(new ArticleTag { TagId = id, Position = position });
            }
        }
        return null;
    }

    private static DateTime? ToUtc(DateTime? value) => value switch
    {
        null => null,
        { Kind: DateTimeKind.Utc } utc => utc,
        { Kind: DateTimeKind.Local } local => local.ToUniversalTime(),
        var unspecified => DateTime.SpecifyKind(unspecified.Value, DateTimeKind.Utc),
    };
}
