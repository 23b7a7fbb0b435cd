using System.Text.Json;
using System.Text.Json.Nodes;
using ContentApi.Common.Writes;

namespace ContentApi.Features.Articles;

/// <summary>
/// PATCH is a JSON merge patch (RFC 7396) of the article's request shape: the stored article as an
/// <see cref="ArticleRequest"/>, the patch merged onto it, and the result written like a PUT.
/// </summary>
public static class ArticlePatchBase
{
    public static ArticleRequest From(Article article) => new()
    {
        Title = article.Title,
        Slug = article.Slug,
        BodyHtml = article.BodyHtml,
        // An excerpt that was derived from the body is left out, so a new body derives a new one.
        Excerpt = article.BodyHtml is { } html && article.Excerpt == ArticleBody.FromHtml(html).Excerpt ? null : article.Excerpt,
        Status = article.Status.ToString().ToLowerInvariant(),
        PublishedAt = article.PublishedAt,
        Author = article.Author?.Slug,
        Tags = article.Tags.OrderBy(t => t.Position).Select(t => t.Tag.Slug).ToList(),
        Source = article.SourceName is null ? null : new SourceRequest(article.SourceName, article.SourceUrl),
        DonationFormId = article.DonationFormId,
        CanonicalUrl = article.CanonicalUrl,
        FeaturedImageId = article.FeaturedImageId,
    };

    /// <summary>The merged request; throws JsonException when the patch does not fit the request shape.</summary>
    public static ArticleRequest Merge(Article article, JsonObject patch, JsonSerializerOptions json)
    {
        var target = JsonSerializer.SerializeToNode(From(article), json)!.AsObject();
        // A body sent as Markdown replaces the stored HTML body, rather than clashing with it.
        if (patch["bodyMarkdown"] is not null)
        {
            target.Remove("bodyHtml");
        }
        return JsonMergePatch.Apply(target, patch).Deserialize<ArticleRequest>(json)
            ?? throw new JsonException("The patched article is empty.");
    }
}
