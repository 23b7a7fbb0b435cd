using ContentApi.Features.Media;
using ContentApi.Media;
using Mapster;

namespace ContentApi.Features.Articles;

/// <summary>
/// Whole-record expressions (MapWith) rather than member-by-member rules: ProjectToType hands them
/// to EF Core unchanged, so each query selects every column once.
/// </summary>
internal sealed class ArticleMappings : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<Article, ArticleListItem>().MapWith(s => new ArticleListItem(
            s.Id, s.Slug, s.Title, s.Excerpt, s.PublishedAt, s.UpdatedAt,
            s.Author == null ? null : new AuthorRef(s.Author.Slug, s.Author.Name),
            s.Tags.OrderBy(t => t.Position).Select(t => new TagRef(t.Tag.Slug, t.Tag.Name)).ToList(),
            s.ReadingTimeMinutes, s.DonationFormId,
            s.FeaturedImage == null ? null : ResponsiveImage.From(s.FeaturedImage, ImageSizes.Teaser), s.Sticky));

        config.NewConfig<Article, ArticleResponse>().MapWith(s => new ArticleResponse(
            s.Id, s.Slug, s.Title, s.Excerpt, s.BodyHtml, s.BodyText, s.Status, s.PublishedAt, s.UpdatedAt,
            s.Author == null ? null : new ArticleAuthor(s.Author.Id, s.Author.Slug, s.Author.Name, s.Author.Bio, s.Author.Website, s.Author.Twitter, s.Author.Facebook,
                s.Author.Avatar == null ? null : ResponsiveImage.From(s.Author.Avatar, ImageSizes.Avatar)),
            // Filled by ArticleTagRefs: one statement by id rather than a split query repeating this one.
            new List<TagRef>(),
            s.SourceName == null ? null : new SourceAttribution(s.SourceName, s.SourceUrl),
            s.WordCount, s.ReadingTimeMinutes, s.DonationFormId, s.CanonicalUrl,
            s.FeaturedImage == null ? null : ResponsiveImage.From(s.FeaturedImage, ImageSizes.Featured), s.Sticky));
    }
}
